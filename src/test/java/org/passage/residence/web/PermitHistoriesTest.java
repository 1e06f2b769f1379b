package org.passage.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.IssuedPermit;
import org.passage.residence.PassportNumber;
import org.passage.residence.PermitNumber;
import org.passage.residence.ResidencePermitRequest.PermitPeriod;

class PermitHistoriesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void issuedPermitsCountAsHeldUntilTodayAndReplaceTheDeclaredMonthsOfTheSameTime() {
        IssuedPermit student = permit("STUDENT", "BACHELOR", TODAY.minusYears(2), TODAY.plusYears(2));
        PermitPeriod declaredSameTime = new PermitPeriod("STUDENT", null, TODAY.minusMonths(24).plusDays(1), TODAY);
        PermitPeriod declaredEarlier = new PermitPeriod("SHORT_TERM", null, TODAY.minusYears(5),
                TODAY.minusYears(3));

        List<PermitPeriod> history = PermitHistories.merge(List.of(student), List.of(declaredSameTime,
                declaredEarlier), TODAY);

        assertThat(history).containsExactly(
                new PermitPeriod("STUDENT", null, TODAY.minusYears(2), TODAY), declaredEarlier);
    }

    @Test
    void aShortTermPermitKeepsItsReasonAndAPermitNotYetStartedIsLeftOut() {
        IssuedPermit postGraduation = permit("SHORT_TERM", "POST_GRADUATION", TODAY.minusYears(3),
                TODAY.minusYears(2));
        IssuedPermit future = permit("STUDENT", "MASTER", TODAY.plusDays(10), TODAY.plusYears(2));

        assertThat(PermitHistories.merge(List.of(future, postGraduation), null, TODAY)).containsExactly(
                new PermitPeriod("SHORT_TERM", "POST_GRADUATION", TODAY.minusYears(3), TODAY.minusYears(2)));
    }

    @Test
    void withoutPermitsOrDeclaredPeriodsThereIsNoHistory() {
        assertThat(PermitHistories.merge(List.of(), null, TODAY)).isNull();
    }

    private static IssuedPermit permit(String type, String reason, LocalDate from, LocalDate until) {
        return new IssuedPermit(PermitNumber.random(), ApplicationNumber.random(), new PassportNumber("N12345678"),
                type, reason, from, until, null, Instant.parse("2026-01-01T00:00:00Z"), Actor.staff("officer"));
    }
}
