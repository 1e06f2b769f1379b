package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.passage.admissions.QuotaRules.QuotaCheck;
import org.passage.admissions.QuotaRules.QuotaTransfer;
import org.passage.rules.Citation;
import org.passage.rules.Finding;
import org.passage.rules.ParameterNotInForceException;
import org.passage.rules.Rulebooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class QuotaRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final QuotaRules RULES = new QuotaRules(
            Rulebooks.loadAll((from, n) -> from.plusDays(n)));

    @Test
    void aForeignQuotaOverHalfOfLastYearsOsysQuotaIsRefusedCitingSection71() {
        QuotaCheck check = RULES.foreignQuota(51, 100, DAY);
        assertThat(check.allowed()).isFalse();
        assertThat(check.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("QUOTA_OVER_HALF");
            assertThat(f.citation()).isEqualTo(new Citation("004", "7.1"));
            assertThat(f.message().in(Locale.forLanguageTag("tr"))).contains("ÖSYS");
        });
    }

    @Test
    void theSpecialGroupCapAppliesOnlyToTeachingLawMedicineAndDentistry() {
        assertThat(RULES.specialGroup("MEDICINE", 6, 50, DAY).hasFinding("SPECIAL_GROUP_10_PERCENT")).isTrue();
        assertThat(RULES.specialGroup("ENGINEERING", 6, 50, DAY).allowed()).isTrue();
    }

    @Test
    void blueCardHoldersTurksSchooledAbroadAndTurkishDualsCountTowardTheSpecialGroupButForeignNationalsDoNot() {
        assertThat(List.of("BLUE_CARD_HOLDER", "TR_SCHOOLED_ABROAD", "NATURALISED_DUAL"))
                .allMatch(RULES::countsTowardSpecialGroup);
        assertThat(RULES.countsTowardSpecialGroup("FOREIGN_NATIONAL")).isFalse();
        assertThat(RULES.countsTowardSpecialGroup("TRNC_WITH_GCE")).isFalse();
    }

    @Test
    void aTransferIntoMedicineWithoutAYokDecisionIsRefusedCitingSection77() {
        QuotaCheck check = RULES.transfer(new QuotaTransfer("ECONOMICS", "MEDICINE", 1, 1, 0, 100, false), DAY);
        assertThat(check.findings()).extracting(Finding::code).containsExactly("TRANSFER_NEEDS_YOK");
        assertThat(check.findings().getFirst().citation()).isEqualTo(new Citation("004", "7.7"));
    }

    @Test
    void midTermPreAcceptancesOverAThirdAreRefusedCitingSection79() {
        QuotaCheck check = RULES.midTermPreAcceptances(41, 120, DAY);
        assertThat(check.limit()).isEqualTo(40);
        assertThat(check.findings()).singleElement()
                .satisfies(f -> assertThat(f.citation()).isEqualTo(new Citation("004", "7.9")));
    }

    @Test
    void theMedicineScholarshipWithPreparatoryProgrammeCitesBothParameters() {
        var duration = RULES.scholarshipSemesters("MEDICINE", 4, false, DAY);
        assertThat(duration.semesters()).isEqualTo(16);
        assertThat(duration.citations()).containsOnly(new Citation("004", "7.10.2"));
        assertThat(duration.citations()).hasSize(2);
    }

    @Test
    void negativeNumbersAreRejected() {
        assertThatThrownBy(() -> RULES.foreignQuota(-1, 10, DAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayBeforeTheDirectiveHasNoRules() {
        assertThatThrownBy(() -> RULES.foreignQuota(1, 10, LocalDate.of(2013, 1, 1)))
                .isInstanceOf(ParameterNotInForceException.class);
    }

    @TestFactory
    Stream<DynamicContainer> everyQuotaCaseAnswersAsExpected() throws IOException {
        JsonNode doc;
        try (var in = getClass().getResourceAsStream("/admissions/quota-cases.yaml")) {
            doc = YAMLMapper.builder().build().readTree(in);
        }
        List<DynamicContainer> groups = new ArrayList<>();
        for (String rule : doc.propertyNames()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : doc.get(rule)) {
                tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(rule, c)));
            }
            groups.add(DynamicContainer.dynamicContainer(rule, tests));
        }
        return groups.stream();
    }

    static void check(String rule, JsonNode c) {
        JsonNode expect = c.get("expect");
        if (rule.equals("scholarship")) {
            assertThat(RULES.scholarshipSemesters(c.get("programme").asString(), c.get("prepSemesters").asInt(),
                    c.get("doubleMajor").asBoolean(), DAY).semesters()).isEqualTo(expect.get("semesters").asInt());
            return;
        }
        QuotaCheck check = switch (rule) {
            case "foreignQuota" -> RULES.foreignQuota(c.get("foreignQuota").asInt(), c.get("previousOsysQuota").asInt(), DAY);
            case "specialGroup" -> RULES.specialGroup(c.get("programme").asString(), c.get("admissions").asInt(),
                    c.get("programmeQuota").asInt(), DAY);
            case "transfer" -> RULES.transfer(new QuotaTransfer(c.get("from").asString(), c.get("to").asString(),
                    c.get("seats").asInt(), c.get("unfilledSeats").asInt(), c.get("receiverForeignQuota").asInt(),
                    c.get("receiverPreviousOsysQuota").asInt(), c.get("yokDecision").asBoolean()), DAY);
            case "midTerm" -> RULES.midTermPreAcceptances(c.get("preAcceptances").asInt(),
                    c.get("previousForeignQuota").asInt(), DAY);
            default -> throw new IllegalArgumentException("Unknown rule " + rule);
        };
        assertThat(check.allowed()).as("allowed").isEqualTo(expect.get("allowed").asBoolean());
        assertThat(check.limit()).as("limit").isEqualTo(expect.get("limit").asInt());
        List<String> codes = new ArrayList<>();
        expect.get("findings").forEach(n -> codes.add(n.asString()));
        assertThat(check.findings()).extracting(Finding::code).containsExactlyInAnyOrderElementsOf(codes);
    }
}
