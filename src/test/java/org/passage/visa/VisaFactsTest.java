package org.passage.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.calendar.BusinessCalendar;
import org.passage.rules.Facts;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.visa.GermanVisaRequest.Applicant;
import org.passage.visa.GermanVisaRequest.Child;
import org.passage.visa.GermanVisaRequest.Family;
import org.passage.visa.GermanVisaRequest.LanguageCertificate;
import org.passage.visa.GermanVisaRequest.Spouse;

class VisaFactsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final Rulebook RULEBOOK = Rulebooks.loadAll(new BusinessCalendar()::addBusinessDays).get("de-national-visa");

    static GermanVisaRequest request(LanguageCertificate certificate, Family family) {
        return new GermanVisaRequest("STUDY_MASTER", DAY, new Applicant(LocalDate.of(2008, 11, 21), "TR", false), 730,
                null, null, null, certificate, null, family, null);
    }

    @Test
    void theBuilderSuppliesExactlyTheFactsTheRulebookDeclares() {
        Facts full = VisaFacts.of(request(new LanguageCertificate("GOETHE", "B2", null),
                new Family(new Spouse(true, null, null), List.of())), DAY);
        Facts empty = VisaFacts.of(request(null, null), DAY);
        for (String name : RULEBOOK.factNames()) {
            assertThat(full.get(name)).as(name).isNotNull();
            assertThat(empty.get(name)).as(name).isNotNull();
        }
        RULEBOOK.assess(full, DAY, false);
        RULEBOOK.assess(empty, DAY, false);
    }

    @Test
    void anApplicantIsEighteenOnTheEighteenthBirthdayAndSeventeenTheDayBefore() {
        assertThat(VisaFacts.ageOn(LocalDate.of(2008, 11, 21), DAY)).isEqualTo(18);
        assertThat(VisaFacts.ageOn(LocalDate.of(2008, 11, 22), DAY)).isEqualTo(17);
    }

    @Test
    void languageLevelsRankFromA1AsOneToC2AsSixAndAbsentAsZero() {
        assertThat(VisaFacts.of(request(new LanguageCertificate("GOETHE", "A1", null), null), DAY)
                .get("languageCertificate.levelRank")).isEqualTo(1L);
        assertThat(VisaFacts.of(request(new LanguageCertificate("ECL", "C2", null), null), DAY)
                .get("languageCertificate.levelRank")).isEqualTo(6L);
        assertThat(VisaFacts.of(request(null, null), DAY).get("languageCertificate.levelRank")).isEqualTo(0L);
    }

    @Test
    void aSpouseWhoStaysBehindIsPresentButNotTravelling() {
        Facts f = VisaFacts.of(request(null, new Family(new Spouse(false, null, null), null)), DAY);
        assertThat(f.get("family.spouse.present")).isEqualTo(true);
        assertThat(f.get("family.spouse.travelling")).isEqualTo(false);
        assertThat(f.get("family.childrenCount")).isEqualTo(0L);
    }

    @Test
    void oneChildOfDivorcedParentsIsEnoughForTheCustodyFact() {
        Facts f = VisaFacts.of(request(null, new Family(null, List.of(
                new Child(LocalDate.of(2020, 1, 1), false, false),
                new Child(LocalDate.of(2018, 1, 1), true, false)))), DAY);
        assertThat(f.get("family.childrenCount")).isEqualTo(2L);
        assertThat(f.get("family.children.anyParentsDivorced")).isEqualTo(true);
        assertThat(f.get("family.children.anyOtherParentStaysInTurkiye")).isEqualTo(false);
    }

    @Test
    void moneyArrivesAsDoubles() {
        GermanVisaRequest r = new GermanVisaRequest("EU_BLUE_CARD", DAY, new Applicant(LocalDate.of(1990, 1, 1), "TR", false),
                1460, null, null, new BigDecimal("49000.00"), null, null, null, null);
        assertThat(VisaFacts.of(r, DAY).get("annualSalaryEur")).isEqualTo(49000.0);
    }
}
