package org.passage.admissions.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.admissions.desk.Submission;
import org.passage.places.Places;
import org.passage.rules.Citation;
import org.passage.rules.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The quota register (§7.1) and quota transfers (§7.7) against the database. */
@PassageIntegrationTest
@Import(QuotaUniversities.class)
class QuotaRegisterIntegrationTest {

    static final int YEAR = QuotaUniversities.YEAR;
    static final String INTAKE = QuotaUniversities.INTAKE;

    @Autowired
    QuotaRegister register;
    @Autowired
    QuotaUniversities universities;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    Intakes intakes;
    @Autowired
    Places places;

    static RegisterEntry entry(String university, String programme, int osys, int foreign) {
        return new RegisterEntry(university, YEAR, programme, osys, "ÖSYS 2026 Tercih Kılavuzu, Tablo 3", foreign,
                new BigDecimal("30000.00"), "USD", false);
    }

    void admitOne(String university, String programme) {
        AdmissionNumber number = desk.apply(university, INTAKE, List.of(programme),
                "quota-" + UUID.randomUUID() + "@example.org").getFirst();
        List<String> documents = RequiredDocuments.of(List.of(), false);
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), documents, documents);
        desk.forward(number, AdmissionActor.staff("registrar.test"));
        desk.decide(number, new Decision(Decision.Outcome.ADMIT, "committee.test", "dean.test", null, null));
    }

    @Test
    void aProposalOfHalfThePreviousOsysQuotaIsKept() {
        String u = universities.create(new String[] {"PHYSICS"}, new String[] {"OTHER"}, new int[] {5});

        register.record(entry(u, "PHYSICS", 40, 20), "registrar.test");

        assertThat(register.lines(u, YEAR)).singleElement().satisfies(l -> {
            assertThat(l.originalQuota()).isEqualTo(20);
            assertThat(l.previousOsysQuota()).isEqualTo(40);
            assertThat(l.osysSource()).isEqualTo("ÖSYS 2026 Tercih Kılavuzu, Tablo 3");
            assertThat(l.tuitionAmount()).isEqualByComparingTo("30000");
        });
    }

    @Test
    void aProposalOverHalfThePreviousOsysQuotaIsRefusedCitingSection71() {
        String u = universities.create(new String[] {"PHYSICS"}, new String[] {"OTHER"}, new int[] {5});

        assertThatThrownBy(() -> register.record(entry(u, "PHYSICS", 40, 21), "registrar.test"))
                .isInstanceOfSatisfying(QuotaRefusedException.class, e -> {
                    assertThat(e.findings()).extracting(Finding::code).containsExactly("QUOTA_OVER_HALF");
                    assertThat(e.findings().getFirst().citation()).isEqualTo(new Citation("004", "7.1"));
                });
        assertThat(register.lines(u, YEAR)).isEmpty();
    }

    @Test
    void aProgrammeOfAnotherUniversityCannotBeEntered() {
        String u = universities.create(new String[] {"PHYSICS"}, new String[] {"OTHER"}, new int[] {5});

        assertThatThrownBy(() -> register.record(entry(u, "MEDICINE", 40, 2), "registrar.test"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unfilledPlacesMoveToAnotherProgrammeAndTheRegisterShowsOriginalInOutAndFilled() {
        String u = universities.create(new String[] {"PHYSICS", "CHEMISTRY"}, new String[] {"OTHER", "OTHER"},
                new int[] {5, 4});
        register.record(entry(u, "PHYSICS", 20, 5), "registrar.test");
        register.record(entry(u, "CHEMISTRY", 20, 4), "registrar.test");
        admitOne(u, "PHYSICS");

        register.transfer(u, INTAKE, "PHYSICS", "CHEMISTRY", 3, "Senato 2027/14", null, "registrar.test");

        assertThat(register.lines(u, YEAR)).extracting(l -> l.programme() + ":" + l.originalQuota() + "+"
                + l.transferredIn() + "-" + l.transferredOut() + "=" + l.currentQuota() + " filled " + l.filled())
                .containsExactlyInAnyOrder("PHYSICS:5+0-3=2 filled 1", "CHEMISTRY:4+3-0=7 filled 0");
        assertThat(intakes.programme(u, INTAKE, "CHEMISTRY")).get().extracting(o -> o.foreignQuota()).isEqualTo(7);
        assertThat(places.of(Intakes.quotaPool(u, INTAKE, "PHYSICS"))).get()
                .satisfies(p -> assertThat(p.capacity()).isEqualTo(2));
        assertThat(register.transfers(u, YEAR)).singleElement()
                .satisfies(t -> assertThat(t.boardDecision()).isEqualTo("Senato 2027/14"));
    }

    @Test
    void moreThanTheUnfilledPlacesCannotBeMoved() {
        String u = universities.create(new String[] {"PHYSICS", "CHEMISTRY"}, new String[] {"OTHER", "OTHER"},
                new int[] {2, 4});
        register.record(entry(u, "PHYSICS", 20, 2), "registrar.test");
        register.record(entry(u, "CHEMISTRY", 40, 4), "registrar.test");
        admitOne(u, "PHYSICS");

        assertThatThrownBy(() -> register.transfer(u, INTAKE, "PHYSICS", "CHEMISTRY", 2, "Senato 2027/15", null,
                "registrar.test")).isInstanceOfSatisfying(QuotaRefusedException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code)
                                .containsExactly("TRANSFER_EXCEEDS_UNFILLED"));
        assertThat(register.transfers(u, YEAR)).isEmpty();
    }

    @Test
    void aTransferIntoLawWithoutAYokDecisionIsRefused() {
        String u = universities.create(new String[] {"PHYSICS", "LAW"}, new String[] {"OTHER", "LAW"},
                new int[] {5, 2});
        register.record(entry(u, "PHYSICS", 20, 5), "registrar.test");
        register.record(entry(u, "LAW", 40, 2), "registrar.test");

        assertThatThrownBy(() -> register.transfer(u, INTAKE, "PHYSICS", "LAW", 1, "Senato 2027/16", " ",
                "registrar.test")).isInstanceOfSatisfying(QuotaRefusedException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("TRANSFER_NEEDS_YOK"));

        register.transfer(u, INTAKE, "PHYSICS", "LAW", 1, "Senato 2027/16", "YÖK Yürütme Kurulu 2027/301",
                "registrar.test");
        assertThat(register.transfers(u, YEAR)).singleElement()
                .satisfies(t -> assertThat(t.yokDecision()).isEqualTo("YÖK Yürütme Kurulu 2027/301"));
    }

    @Test
    void theReceiverStaysWithinHalfOfItsPreviousOsysQuota() {
        String u = universities.create(new String[] {"PHYSICS", "CHEMISTRY"}, new String[] {"OTHER", "OTHER"},
                new int[] {5, 9});
        register.record(entry(u, "PHYSICS", 20, 5), "registrar.test");
        register.record(entry(u, "CHEMISTRY", 20, 9), "registrar.test");

        assertThatThrownBy(() -> register.transfer(u, INTAKE, "PHYSICS", "CHEMISTRY", 2, "Senato 2027/17", null,
                "registrar.test")).isInstanceOfSatisfying(QuotaRefusedException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("QUOTA_OVER_HALF"));
    }
}
