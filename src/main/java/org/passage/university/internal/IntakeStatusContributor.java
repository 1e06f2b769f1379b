package org.passage.university.internal;

import java.util.Locale;
import java.util.Optional;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.StatusSection;
import org.passage.university.UniversityIntakes;
import org.springframework.stereotype.Component;

/** The student's status page shows what the university office received and when it forwarded the file. */
@Component
class IntakeStatusContributor implements ApplicationStatusContributor {

    private final UniversityIntakes intakes;

    IntakeStatusContributor(UniversityIntakes intakes) {
        this.intakes = intakes;
    }

    @Override
    public Optional<StatusSection> section(ApplicationNumber number, Locale locale) {
        return intakes.section(number, locale);
    }
}
