package org.passage.residence.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.identity.OneTimeCodes;
import org.passage.notifications.Notifications;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.PassportNumber;
import org.passage.residence.UploadQuota;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.ResidencePermitRequest.Applicant;
import org.passage.residence.ResidencePermitRequest.Sponsor;
import org.passage.residence.ResidencePermitRequest.Stay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family application submitted on 2027-02-01, before the 2027 minimum wage is entered, keeps the
 * provisional warning (parameter, period and value) frozen with its assessment.
 */
@PassageIntegrationTest
class ProvisionalValueFrozenIntegrationTest {

    @Autowired
    Applications applications;
    @Autowired
    ResidencePermitAssessments assessments;
    @Autowired
    OneTimeCodes codes;
    @Autowired
    Notifications notifications;
    @Autowired
    Reviews reviews;
    @Autowired
    UploadQuota quota;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    final Clock february2027 = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneId.of("Europe/Istanbul"));

    @BeforeEach
    void no2027WageEntered() {
        jdbc.sql("DELETE FROM rule_parameter_value WHERE rulebook = 'tr-residence' AND parameter = ?")
                .param("MINIMUM_WAGE_MONTHLY_TRY").update();
    }

    @Test
    void theSubmissionFreezesTheProvisionalWarningWithTheValueItUsed() {
        ApplicationJourney journey = new ApplicationJourney(applications, assessments, codes, notifications, reviews,
                february2027, quota);
        LocalDate today = LocalDate.now(february2027);
        // Built here with the clock of 2027, so without the bean's transactions: each step takes its own.
        var draft = transactions.execute(t -> journey.preRegister("FIRST", new Identity("Lena", "Vogel", LocalDate.of(1995, 3, 1), "DE",
                        new PassportNumber("C" + Long.toString(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL)), today.plusYears(5)),
                new ApplicantContact("family-" + UUID.randomUUID() + "@example.org", "+905321234567", Locale.ENGLISH),
                Map.of("applicationKind", "FIRST")));
        transactions.executeWithoutResult(t -> journey.emailVerified(draft.number()));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("applicationKind", "FIRST");
        answers.put("permitType", "FAMILY");
        transactions.executeWithoutResult(t -> journey.saveAnswers(draft.number(), answers, ProvinceCode.ISTANBUL));
        ResidencePermitRequest family = new ResidencePermitRequest("FIRST", "FAMILY", null, null, "SPOUSE", today,
                "SELF", new Applicant(LocalDate.of(1995, 3, 1), "DE", "MARRIED", "RENTAL", false, true,
                        "BOTH_PRESENT", "PRIVATE", "NONE", null, List.of(), false, 0, null, "DE", false),
                null, new Stay(24, null), new Sponsor("RESIDENCE_PERMIT_HOLDER", new BigDecimal("40000"), 3,
                        LocalDate.of(2028, 6, 30), LocalDate.of(2024, 1, 10), false, true, true, "SHORT_TERM", false),
                null);

        transactions.executeWithoutResult(t -> journey.submit(draft.number(), family, Actor.applicant(draft.number())));

        var frozen = applications.find(draft.number()).orElseThrow().submission().assessment();
        assertThat(frozen.effectiveOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(frozen.findings()).filteredOn(f -> f.code().equals("PARAMETER_PROVISIONAL")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo("WARNING");
                    assertThat(f.message().en()).contains("Net monthly minimum wage", "2026-01-01 – 2026-12-31",
                            "28075.50 TRY");
                    assertThat(f.message().tr()).contains("geçici");
                });
    }
}
