package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passage.rules.RulebookEngineTest.facts;
import static org.passage.rules.RulebookEngineTest.load;
import static org.passage.rules.RulebookEngineTest.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisionalParameterTest {

    /** The sample rulebook with the 2026 minimum income ending on 2026-12-31 and no 2027 figure yet. */
    static String endingIn2026() {
        return sample().replace("{value: 200.0, from: 2026-01-01, citation:",
                "{value: 200.0, from: 2026-01-01, to: 2026-12-31, citation:");
    }

    final Rulebook rulebook = load(endingIn2026());
    final LocalDate february2027 = LocalDate.of(2027, 2, 1);

    @Test
    void pastTheLastPeriodTheLatestValueIsUsedAndTheAnswerWarnsNamingTheParameterAndPeriod() {
        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), february2027, true);

        assertThat(a.hasFinding("LOW_INCOME")).isTrue();
        assertThat(a.findings()).filteredOn(f -> f.code().equals(Rulebook.PARAMETER_PROVISIONAL)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message().in(Locale.ENGLISH)).contains("Minimum income", "2026-01-01 – 2026-12-31",
                            "200 TRY", "2027-02-01");
                    assertThat(f.message().in(Locale.forLanguageTag("tr"))).contains("Asgari gelir", "geçici");
                    assertThat(f.message().in(Locale.GERMAN)).contains("Mindesteinkommen", "vorläufig");
                });
        assertThat(a.trace()).filteredOn(t -> t.code().equals("LOW_INCOME")).singleElement()
                .satisfies(t -> assertThat(t.parameters()).singleElement()
                        .satisfies(v -> assertThat(v.provisional()).isTrue()));
    }

    @Test
    void aRuleThatDoesNotApplyToTheCaseAddsNoWarning() {
        Rulebook guarded = load(endingIn2026().replace("when: 'income < param.MIN_INCOME'",
                "when: 'kind == \"B\" && income < param.MIN_INCOME'"));
        Assessment a = guarded.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), february2027, false);
        assertThat(a.hasFinding(Rulebook.PARAMETER_PROVISIONAL)).isFalse();
        assertThat(guarded.assess(facts("B", LocalDate.of(1990, 1, 1), "TR", 150), february2027, false)
                .hasFinding(Rulebook.PARAMETER_PROVISIONAL)).isTrue();
    }

    @Test
    void anApprovedPeriodIsUsedInsteadOfTheProvisionalOne() {
        ParameterValue approved = new ParameterValue("MIN_INCOME", 100.0, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), new Citation("Law 1", "Art. 1 (2027)"), ParameterStatus.OFFICIAL, null,
                new ParameterValue.Entry("alice", Instant.EPOCH, "bob", Instant.EPOCH), false);
        rulebook.readApprovedValuesFrom(() -> Map.of("MIN_INCOME", List.of(approved)));

        Assessment a = rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150), february2027, false);

        assertThat(a.hasFinding("LOW_INCOME")).isFalse();
        assertThat(a.hasFinding(Rulebook.PARAMETER_PROVISIONAL)).isFalse();
    }

    @Test
    void beforeTheFirstPeriodThereIsStillNoValue() {
        assertThatThrownBy(() -> rulebook.assess(facts("A", LocalDate.of(1990, 1, 1), "TR", 150),
                LocalDate.of(2024, 6, 1), false)).isInstanceOf(ParameterNotInForceException.class);
    }

    @Test
    void anUnknownPeriodHasNoValueAndTheLatestKnownOneIsUsedProvisionally() {
        Rulebook withUnknown = load(sample().replace(
                "      - {value: 200.0, from: 2026-01-01, citation: {source: \"Law 1\", section: \"Art. 1 (2026)\"}}",
                "      - {value: 200.0, from: 2026-01-01, to: 2026-12-31, citation: {source: \"Law 1\", section: \"Art. 1 (2026)\"}}\n"
                        + "      - {status: UNKNOWN, from: 2027-01-01, to: 2027-12-31, note: \"Set at the end of 2026.\","
                        + " citation: {source: \"Law 1\", section: \"Art. 1 (2027)\"}}"));
        assertThat(withUnknown.parameter("MIN_INCOME").valueOn(february2027)).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualTo(200.0);
            assertThat(v.provisional()).isTrue();
        });
    }

    @Test
    void aParameterWithNoValueAtAllFailsTheLoad() {
        String yaml = sample().replace(
                "      - {value: 100.0, from: 2025-01-01, to: 2025-12-31, citation: {source: \"Law 1\", section: \"Art. 1 (2025)\"}}\n"
                        + "      - {value: 200.0, from: 2026-01-01, citation: {source: \"Law 1\", section: \"Art. 1 (2026)\"}}",
                "      - {status: UNKNOWN, from: 2025-01-01, note: \"Not published.\", citation: {source: \"Law 1\", section: \"Art. 1\"}}");
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(RulebookInvalidException.class)
                .hasMessageContaining("parameters[MIN_INCOME]").hasMessageContaining("no value at all");
    }

    @Test
    void anUnverifiedPeriodWithoutANoteFailsTheLoad() {
        String yaml = sample().replace("{value: 100.0, from: 2025-01-01,", "{value: 100.0, status: UNVERIFIED, from: 2025-01-01,");
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(RulebookInvalidException.class)
                .hasMessageContaining("says why in a note");
    }

    @Test
    void everyCitationCarriesItsPublicDocumentInTheReadersLanguage() {
        Citation c = rulebook.parameter("MIN_INCOME").values().getFirst().citation();
        assertThat(c.describe(Locale.GERMAN)).isEqualTo("A gazette: Ein Gesetz, https://example.org/law-1 (gelesen 2026-11), Art. 1 (2025)");
        assertThat(c.describe(Locale.forLanguageTag("tr"))).startsWith("A gazette: Bir kanun");
    }
}
