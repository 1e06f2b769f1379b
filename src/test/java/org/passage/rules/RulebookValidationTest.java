package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.passage.calendar.BusinessCalendar;

/** The build fails when any shipped rulebook does not load: the same check start-up makes. */
class RulebookValidationTest {

    @Test
    void everyShippedRulebookLoadsAndValidates() {
        Rulebooks rulebooks = Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays);
        assertThat(rulebooks.all()).extracting(Rulebook::id).contains("tr-residence");
    }

    @Test
    void theResidenceRulebookDeclaresEveryPermitTypeOfTheDomainReference() {
        Rulebook rb = Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays).get("tr-residence");
        assertThat(rb.vocabulary().get("permitType")).containsOnlyKeys("SHORT_TERM", "FAMILY", "STUDENT", "LONG_TERM");
        assertThat(rb.vocabulary().get("shortTermReason")).hasSize(15);
        assertThat(rb.vocabulary().get("studyLevel")).hasSize(17);
        assertThat(rb.vocabulary().get("relationship")).hasSize(5);
    }
}
