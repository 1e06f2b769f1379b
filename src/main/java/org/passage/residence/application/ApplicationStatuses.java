package org.passage.residence.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.PassportNumber;
import org.passage.residence.StatusSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status of an application as its applicant may see it: state, permit, and the sections other
 * modules contribute (appointment, payment, …). Found only with the right number and passport
 * number together, and the answer for a wrong pair is the same as for no application.
 */
@Service
public class ApplicationStatuses {

    private final Applications applications;
    private final ObjectProvider<ApplicationStatusContributor> contributors;

    ApplicationStatuses(Applications applications, ObjectProvider<ApplicationStatusContributor> contributors) {
        this.applications = applications;
        this.contributors = contributors;
    }

    /** The status, in the reader's language; empty for an unknown number or a wrong passport alike. */
    @Transactional(readOnly = true)
    public Optional<Status> find(ApplicationNumber number, PassportNumber passport, Locale locale) {
        return applications.find(number)
                .filter(a -> a.identity().passportNumber().matches(passport))
                .map(a -> status(a, locale));
    }

    /** The status of the signed-in applicant's own application. */
    @Transactional(readOnly = true)
    public Optional<Status> find(ApplicationNumber number, Locale locale) {
        return applications.find(number).map(a -> status(a, locale));
    }

    private Status status(ResidenceApplication a, Locale locale) {
        List<StatusSection> sections = a.state() == ApplicationState.DRAFT ? List.of()
                : contributors.orderedStream()
                        .flatMap(c -> c.section(a.number(), locale).stream())
                        .sorted(Comparator.comparingInt(StatusSection::order))
                        .toList();
        Submission s = a.submission();
        return new Status(a.number(), a.state(), a.applicationKind(),
                s == null ? a.answers().get("permitType") : s.permitType(), s == null ? null : s.submittedAt(),
                s == null ? null : s.maxValidityMonths(), s == null ? null : s.validUntil(), sections);
    }

    /** What the applicant sees of an application. */
    public record Status(ApplicationNumber number, ApplicationState state, String applicationKind, String permitType,
            Instant submittedAt, Integer maxValidityMonths, java.time.LocalDate validUntil,
            List<StatusSection> sections) {

        /** The sections' machine-readable content by key, for the status API. */
        public Map<String, Object> sectionData() {
            Map<String, Object> data = new LinkedHashMap<>();
            sections.forEach(section -> data.put(section.key(), section.data()));
            return data;
        }
    }
}
