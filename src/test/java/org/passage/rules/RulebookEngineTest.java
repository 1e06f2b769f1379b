package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RulebookEngineTest {

    /** Weekends only: enough to show that business days are counted through the calendar. */
    static final BusinessDays WEEKDAYS = (from, n) -> {
        LocalDate d = from;
        for (int i = 0; i < n; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                i++;
            }
        }
        return d;
    };

    static String sample() {
        try (var in = RulebookEngineTest.class.getResourceAsStream("/rules/sample.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rulebook load(String yaml) {
        return Rulebooks.parse("rulebooks/sample.yaml", yaml, WEEKDAYS);
    }

    static Facts facts(String kind, LocalDate birth, String issuedIn, double income) {
        return Facts.builder().string("kind", kind).date("birthDate", birth).string("issuedIn", issuedIn)
                .decimal("income", income).date("start", LocalDate.of(2026, 11, 20)).build();
    }

    final Rulebook rulebook = load(sample());

    @Test
    void theParameterValueIsTheOneInForceOnTheApplicationDate() {
        Facts f = facts("A", LocalDate.of(1990, 1, 1), "TR", 150);
        assertThat(rulebook.assess(f, LocalDate.of(2025, 12, 31), false).hasFinding("LOW_INCOME")).isFalse();
        assertThat(rulebook.assess(f, LocalDate.of(2026, 1, 1), false).hasFinding("LOW_INCOME")).isTrue();
    }

    @Test
    void aBlockingFindingMakesTheCaseIneligibleAndItsMessageNamesTheParameterValue() {
        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), LocalDate.of(2026, 3, 1), false);
        assertThat(a.eligible()).isFalse();
        assertThat(a.findings()).singleElement().satisfies(f -> {
            assertThat(f.message().in(Locale.ENGLISH)).isEqualTo("Income below 200");
            assertThat(f.message().in(Locale.forLanguageTag("tr"))).isEqualTo("Gelir 200 altında");
            assertThat(f.citation()).isEqualTo(new Citation("Law 1", "Art. 3"));
        });
    }

    @Test
    void aDateWithoutAParameterValueIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150),
                LocalDate.of(2024, 6, 1), false))
                .isInstanceOf(ParameterNotInForceException.class)
                .hasMessageContaining("MIN_INCOME");
    }

    @Test
    void aParameterWithoutAValueOnTheDateOnlyMattersToTheRulesThatReadIt() {
        String yaml = sample().replace("when: 'income < param.MIN_INCOME'", "when: 'kind == \"B\" && income < param.MIN_INCOME'");
        Rulebook rb = load(yaml);
        Assessment a = rb.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), LocalDate.of(2024, 6, 1), false);
        assertThat(a.hasFinding("LOW_INCOME")).isFalse();
        assertThatThrownBy(() -> rb.assess(facts("B", LocalDate.of(1990, 1, 1), "TR", 150), LocalDate.of(2024, 6, 1), false))
                .isInstanceOf(ParameterNotInForceException.class)
                .hasMessageContaining("MIN_INCOME");
    }

    @Test
    void foreignDocumentsNeedAnApostilleFromConventionStatesAndConsularLegalisationOtherwise() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "DE", 500), day, false).documents().getFirst()
                .legalisation()).isEqualTo(Legalisation.APOSTILLE);
        assertThat(rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "IQ", 500), day, false).documents().getFirst()
                .legalisation()).isEqualTo(Legalisation.CONSULAR);
        assertThat(rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), day, false).documents().getFirst()
                .legalisation()).isEqualTo(Legalisation.NONE);
    }

    @Test
    void computedValuesFeedLaterConditions() {
        Assessment minor = rulebook.assess(facts("A", LocalDate.of(2015, 1, 1), "TR", 500), LocalDate.of(2026, 3, 1), false);
        assertThat(minor.value("adult")).contains(false);
        assertThat(minor.documents()).extracting(RequiredDocument::code).containsExactly("PASSPORT", "CONSENT");
    }

    @Test
    void monthArithmeticCountsWholeCalendarMonths() {
        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), LocalDate.of(2026, 12, 21), false);
        assertThat(a.value("monthsLeft")).contains(1L);
        Assessment b = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), LocalDate.of(2026, 12, 20), false);
        assertThat(b.value("monthsLeft")).contains(2L);
    }

    @Test
    void deadlinesCountMonthsAndBusinessDays() {
        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), LocalDate.of(2026, 3, 1), false);
        assertThat(a.deadlines()).extracting(Deadline::code, Deadline::dueDate).containsExactly(
                tuple("NOTICE", LocalDate.of(2026, 11, 24)),
                tuple("MONTHS", LocalDate.of(2027, 2, 20)));
    }

    @Test
    void theExplanationTracesEachFiredRuleWithTheParameterPeriodItUsed() {
        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), LocalDate.of(2026, 3, 1), true);
        assertThat(a.trace()).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo("LOW_INCOME");
            assertThat(t.condition()).isEqualTo("income < param.MIN_INCOME");
            assertThat(t.parameters()).singleElement().satisfies(p -> {
                assertThat(p.value()).isEqualTo(200.0);
                assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
                assertThat(p.citation().section()).isEqualTo("Art. 1 (2026)");
            });
        });
        assertThat(rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), LocalDate.of(2026, 3, 1), false)
                .trace()).isEmpty();
    }

    @Test
    void factsThatDoNotMatchTheDeclarationAreAProgrammingError() {
        assertThatThrownBy(() -> rulebook.assess(Facts.builder().string("kind", "A").build(), LocalDate.of(2026, 1, 1),
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birthDate");
    }

    @Test
    void anUnknownRequestCodeIsAProblemNamingTheField() {
        var problems = new java.util.ArrayList<InvalidRequestException.FieldProblem>();
        rulebook.checkCode("kind", "A", "permitType", problems);
        rulebook.checkCode("kind", null, "permitType", problems);
        assertThat(problems).isEmpty();
        rulebook.checkCode("kind", "C", "permitType", problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("permitType");
            assertThat(p.code()).isEqualTo("problem.field.unknown-code");
            assertThat(p.arguments()).containsExactly("C", "A, B");
        });
    }

    private static void assertBroken(String yaml, String item, String problem) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(RulebookInvalidException.class)
                .hasMessageContaining("rulebooks/sample.yaml")
                .hasMessageContaining(item)
                .hasMessageContaining(problem);
    }

    @Test
    void aRuleWithoutACitationFailsTheLoadNamingTheItem() {
        assertBroken(sample().replace("    citation: {source: \"Law 1\", section: \"Art. 4\"}\n", ""),
                "findings[KIND_B_NOTE]", "missing citation");
    }

    @Test
    void aCitationOfAnUnlistedSourceFailsTheLoad() {
        assertBroken(sample().replace("section: \"Art. 6\"", "section: \"Art. 6\"}\n    x: {").replace(
                "{source: \"Law 1\", section: \"Art. 6\"", "{source: \"Law 9\", section: \"Art. 6\""),
                "documents[CONSENT]", "'Law 9' is not listed");
    }

    @Test
    void overlappingParameterPeriodsFailTheLoad() {
        assertBroken(sample().replace("from: 2026-01-01", "from: 2025-12-01"), "parameters[MIN_INCOME]", "overlap");
    }

    @Test
    void aDocumentSaysWhomItConcernsAndWhetherItIsNeededOnlyIfSomethingApplies() {
        Rulebook marked = load(sample().replace("    provider: APPLICANT\n    foreign: true\n",
                "    provider: APPLICANT\n    concerns: EACH_PERSON\n    ifApplicable: true\n    foreign: true\n"));
        Assessment minor = marked.assess(facts("A", LocalDate.of(2015, 1, 1), "TR", 500), LocalDate.of(2026, 3, 1), false);
        assertThat(minor.documents()).extracting(RequiredDocument::code, RequiredDocument::concerns,
                RequiredDocument::ifApplicable).containsExactly(
                        tuple("PASSPORT", Concerns.EACH_PERSON, true),
                        tuple("CONSENT", Concerns.APPLICANT, false));
    }

    @Test
    void aDocumentTheRulebookLetsTheApplicantBringSaysSo() {
        Rulebook marked = load(sample().replace("    provider: APPLICANT\n    foreign: true\n",
                "    provider: APPLICANT\n    mayBring: true\n    foreign: true\n"));
        Assessment minor = marked.assess(facts("A", LocalDate.of(2015, 1, 1), "TR", 500), LocalDate.of(2026, 3, 1), false);
        assertThat(minor.documents()).extracting(RequiredDocument::code, RequiredDocument::mayBring).containsExactly(
                tuple("PASSPORT", true), tuple("CONSENT", false));
    }

    @Test
    void aMayBringThatIsNeitherTrueNorFalseFailsTheLoad() {
        assertBroken(sample().replace("    provider: APPLICANT\n    foreign: true\n",
                "    provider: APPLICANT\n    mayBring: sometimes\n    foreign: true\n"),
                "documents[PASSPORT].mayBring", "true or false");
    }

    @Test
    void aDocumentConcerningSomeoneTheVocabularyDoesNotKnowFailsTheLoad() {
        assertBroken(sample().replace("    provider: SPONSOR\n", "    provider: SPONSOR\n    concerns: COUSIN\n"),
                "documents[CONSENT].concerns", "COUSIN");
    }

    @Test
    void aFindingOfSeveralCasesFiresForEachAndCitesTheCaseThatHeld() {
        Rulebook cased = load(sample()
                .replace("    citation: {source: \"Law 1\", section: \"Art. 4\"}\n", "")
                .replace("    when: 'kind == \"B\"'\n", "    cases:\n"
                        + "      - when: 'kind == \"B\"'\n        citation: {source: \"Law 1\", section: \"Art. 4\"}\n"
                        + "      - when: 'income > 1000.0'\n        citation: {source: \"Law 1\", section: \"Art. 7\"}\n"));
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(cased.assess(facts("B", LocalDate.of(1990, 1, 1), "TR", 500), day, false).findings())
                .filteredOn(f -> f.code().equals("KIND_B_NOTE")).singleElement()
                .satisfies(f -> assertThat(f.citation().section()).isEqualTo("Art. 4"));
        assertThat(cased.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 5000), day, false).findings())
                .filteredOn(f -> f.code().equals("KIND_B_NOTE")).singleElement()
                .satisfies(f -> assertThat(f.citation().section()).isEqualTo("Art. 7"));
        assertThat(cased.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), day, false).findings())
                .extracting(Finding::code).doesNotContain("KIND_B_NOTE");
    }

    @Test
    void aFindingRepeatingItsMessageInASecondEntryFailsTheLoadAskingForCases() {
        String yaml = sample();
        String entry = yaml.substring(yaml.indexOf("  - code: KIND_B_NOTE"), yaml.indexOf("documents:\n"));
        assertBroken(yaml.replace(entry, entry + entry), "findings[KIND_B_NOTE]", "cases");
    }

    @Test
    void anAbsentDateIsToldByKnownAndADateComparedWithZeroFailsTheLoad() {
        Rulebook rules = load(sample().replace("    when: 'kind == \"B\"'\n", "    when: '!known(start)'\n"));
        LocalDate day = LocalDate.of(2026, 3, 1);
        Facts withoutStart = Facts.builder().string("kind", "A").date("birthDate", LocalDate.of(1990, 1, 1))
                .string("issuedIn", "TR").decimal("income", 500).date("start", null).build();
        assertThat(rules.assess(withoutStart, day, false).findings()).extracting(Finding::code).contains("KIND_B_NOTE");
        assertThat(rules.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 500), day, false).findings())
                .extracting(Finding::code).doesNotContain("KIND_B_NOTE");
        assertBroken(sample().replace("    when: 'kind == \"B\"'\n", "    when: 'start == 0'\n"),
                "findings[KIND_B_NOTE]", "known(start)");
    }

    @Test
    void aDocumentCodeListedTwiceFailsTheLoad() {
        assertBroken(sample().replace("code: CONSENT", "code: PASSPORT"), "documents[PASSPORT]", "listed twice");
    }

    @Test
    void aCelSyntaxErrorFailsTheLoadNamingTheItem() {
        assertBroken(sample().replace("when: 'kind == \"B\"'", "when: 'kind == == \"B\"'"),
                "findings[KIND_B_NOTE]", "CEL error");
    }

    @Test
    void aConditionOfTheWrongTypeFailsTheLoad() {
        assertBroken(sample().replace("when: 'kind == \"B\"'", "when: 'income + 1.0'"),
                "findings[KIND_B_NOTE]", "gives double where bool is needed");
    }

    @Test
    void anUndeclaredFactFailsTheLoad() {
        assertBroken(sample().replace("when: 'kind == \"B\"'", "when: 'kynd == \"B\"'"),
                "findings[KIND_B_NOTE]", "undeclared reference");
    }

    @Test
    void aMisspelledCodeLiteralFailsTheLoad() {
        assertBroken(sample().replace("when: 'kind == \"B\"'", "when: 'kind == \"BB\"'"),
                "findings[KIND_B_NOTE]", "unknown code \"BB\"");
    }

    @Test
    void aMissingTranslationFailsTheLoad() {
        assertBroken(sample().replace("title: {tr: \"Muvafakat\", en: \"Consent\", de: \"Zustimmung\"}",
                "title: {tr: \"Muvafakat\", en: \"Consent\"}"), "documents[CONSENT].title", "exactly tr, en and de");
    }

    @Test
    void aValueUsedBeforeItIsComputedFailsTheLoad() {
        assertBroken(sample().replace("expr: '(applicationDate - birthDate) / 365'", "expr: 'value.adult ? 1 : 0'"),
                "values[ageYears]", "before it is computed");
    }

    @Test
    void aRulebookWhoseIdDiffersFromItsFileNameFailsTheLoad() {
        assertBroken(sample().replace("id: sample", "id: other"), "id", "does not match the file name");
    }
}
