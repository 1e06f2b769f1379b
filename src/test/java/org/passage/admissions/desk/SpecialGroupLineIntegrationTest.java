package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;
import org.passage.admissions.desk.Decision.Outcome;
import org.passage.places.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The §7.1 special-group line (10% of the quota in Teaching, Law, Medicine, Dentistry) at the admit decision. */
@PassageIntegrationTest
@Import(TestUniversities.class)
class SpecialGroupLineIntegrationTest {

    static final List<String> DOCUMENTS = RequiredDocuments.of(List.of(), false);

    @Autowired
    AdmissionDesk desk;
    @Autowired
    TestUniversities universities;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    /** A university whose MEDICINE programme, a capped one, has {@code quota} places. */
    String medicineWithQuota(int quota) {
        String university = universities.create(new String[] {"MEDICINE"}, new int[] {quota});
        jdbc.sql("UPDATE admission_programme SET rule_programme = 'MEDICINE' WHERE university = ?")
                .param(university).update();
        return university;
    }

    AdmissionNumber inEvaluation(String university, String basis) {
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("MEDICINE"),
                "special-" + UUID.randomUUID() + "@example.org").getFirst();
        desk.submit(number, new Submission("{\"eligible\":true}", basis, "DE", "2026.1"), DOCUMENTS, DOCUMENTS);
        desk.forward(number, AdmissionActor.staff("registrar.test"));
        return number;
    }

    static Decision admit() {
        return new Decision(Outcome.ADMIT, "committee.test", "dean.test", null, null);
    }

    @Test
    void twentyConcurrentBlueCardAdmissionsToMedicineStopAtTenPercentOfTheQuota() throws Exception {
        String university = medicineWithQuota(30);
        List<AdmissionNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(inEvaluation(university, "BLUE_CARD_HOLDER"));
        }
        ConcurrentDecisions.Outcome outcome = ConcurrentDecisions.decideAtOnce(desk, numbers, admit(),
                Reason.SPECIAL_GROUP_10_PERCENT);

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.decided()).isEqualTo(3);
        assertThat(outcome.refused()).isEqualTo(17);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admission_application WHERE university = ? AND state = 'ADMITTED'")
                .param(university).query(Integer.class).single()).isEqualTo(3);
        // the refused admissions gave their quota places back with their transaction
        assertThat(places.of(Intakes.quotaPool(university, TestUniversities.INTAKE, "MEDICINE")))
                .get().satisfies(p -> assertThat(p.taken()).isEqualTo(3));
    }

    @Test
    void aForeignNationalIsAdmittedWhenTheSpecialGroupLineIsReached() {
        String university = medicineWithQuota(10);
        desk.decide(inEvaluation(university, "TR_SCHOOLED_ABROAD"), admit());
        AdmissionNumber second = inEvaluation(university, "NATURALISED_DUAL");

        assertThatThrownBy(() -> desk.decide(second, admit())).isInstanceOfSatisfying(
                AdmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SPECIAL_GROUP_10_PERCENT));
        desk.decide(inEvaluation(university, "FOREIGN_NATIONAL"), admit());

        assertThat(places.of(Intakes.quotaPool(university, TestUniversities.INTAKE, "MEDICINE")))
                .get().satisfies(p -> assertThat(p.taken()).isEqualTo(2));
    }

    @Test
    void aDeclinedSpecialGroupOfferGivesItsPlaceOnTheLineBack() {
        String university = medicineWithQuota(10);
        AdmissionNumber first = inEvaluation(university, "BLUE_CARD_HOLDER");
        desk.decide(first, admit());
        desk.declineOffer(first);

        desk.decide(inEvaluation(university, "BLUE_CARD_HOLDER"), admit());

        assertThat(places.of(Intakes.specialGroupPool(university, TestUniversities.INTAKE, "MEDICINE")))
                .get().satisfies(p -> assertThat(p.taken()).isEqualTo(1));
    }

    @Test
    void programmesOutsideTheFourHaveNoSpecialGroupLine() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        for (int i = 0; i < 3; i++) {
            AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"),
                    "special-" + UUID.randomUUID() + "@example.org").getFirst();
            desk.submit(number, new Submission("{}", "BLUE_CARD_HOLDER", "DE", "2026.1"), DOCUMENTS, DOCUMENTS);
            desk.forward(number, AdmissionActor.staff("registrar.test"));
            desk.decide(number, admit());
        }

        assertThat(places.of(Intakes.specialGroupPool(university, TestUniversities.INTAKE, "PHYSICS"))).isEmpty();
    }
}
