package org.passage.residence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passage.residence.IssuedPermit;
import org.passage.residence.ResidencePermitRequest.PermitPeriod;

/**
 * The permit history a request is assessed with: the permits Passage issued to the passport, as held
 * up to today, and of the periods the applicant declared only those that overlap none of them (the
 * declared months are an estimate of the same time, where Passage has the record).
 */
final class PermitHistories {

    /** The request's field holds at most this many periods; the latest are kept. */
    static final int MOST = 50;

    private PermitHistories() {
    }

    /** The merged history, latest first, or {@code null} when there is none (as the request expects). */
    static List<PermitPeriod> merge(List<IssuedPermit> issued, List<PermitPeriod> declared, LocalDate today) {
        List<PermitPeriod> periods = new ArrayList<>();
        for (IssuedPermit permit : issued) {
            if (permit.validFrom().isAfter(today)) {
                continue;
            }
            LocalDate end = permit.validUntil() == null || permit.validUntil().isAfter(today) ? today
                    : permit.validUntil();
            periods.add(new PermitPeriod(permit.permitType(), "SHORT_TERM".equals(permit.permitType())
                    ? permit.reason() : null, permit.validFrom(), end));
        }
        List<PermitPeriod> recorded = List.copyOf(periods);
        if (declared != null) {
            declared.stream().filter(d -> recorded.stream().noneMatch(r -> overlap(r, d))).forEach(periods::add);
        }
        if (periods.isEmpty()) {
            return null;
        }
        return periods.stream().sorted(Comparator.comparing(PermitPeriod::from).reversed()).limit(MOST).toList();
    }

    private static boolean overlap(PermitPeriod a, PermitPeriod b) {
        return !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
    }
}
