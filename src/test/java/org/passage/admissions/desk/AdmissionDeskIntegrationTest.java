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

@PassageIntegrationTest
@Import(TestUniversities.class)
class AdmissionDeskIntegrationTest {

    static final List<String> ALL_DOCUMENTS = RequiredDocuments.of(List.of("SAT"), false);
    static final Submission FROZEN = new Submission("{\"eligible\":true}", "FOREIGN_NATIONAL", "DE", "2026.1");
    static final AdmissionActor REGISTRAR = AdmissionActor.staff("registrar.test");

    @Autowired
    AdmissionDesk desk;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    Intakes intakes;
    @Autowired
    Places places;
    @Autowired
    TestUniversities universities;
    @Autowired
    JdbcClient jdbc;

    static String candidate() {
        return "candidate-" + UUID.randomUUID() + "@example.org";
    }

    static Decision admit() {
        return new Decision(Outcome.ADMIT, "committee.test", "dean.test", null, null);
    }

    AdmissionNumber inEvaluation(String university, String programme) {
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of(programme), candidate())
                .getFirst();
        desk.submit(number, FROZEN, ALL_DOCUMENTS, ALL_DOCUMENTS);
        desk.forward(number, REGISTRAR);
        return number;
    }

    @Test
    void kocUniversityIsOfferedWithItsProgrammesAndScoreSheet() {
        assertThat(intakes.find("KOC", "2027-FALL")).get().extracting(Intake::term).isEqualTo(Term.FALL);
        assertThat(intakes.programmes("KOC", "2027-FALL")).extracting(ProgrammeOffer::code)
                .contains("MEDICINE", "LAW", "COMPUTER_ENGINEERING").doesNotContain("PSYCHOLOGY");
        assertThat(intakes.criteria("KOC", "2027-FALL")).extracting(ScoreCriterion::weight)
                .containsExactly(60, 20, 20);
    }

    @Test
    void aCandidateAppliesToTwoProgrammesRankedInTheOrderChosen() {
        String university = universities.create(new String[] {"PHYSICS", "CHEMISTRY"}, new int[] {5, 5});
        String email = candidate();

        List<AdmissionNumber> numbers = desk.apply(university, TestUniversities.INTAKE, List.of("CHEMISTRY", "PHYSICS"),
                email);

        assertThat(applications.ofCandidate(email)).extracting(AdmissionApplication::programme,
                AdmissionApplication::preference).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHEMISTRY", 1),
                        org.assertj.core.groups.Tuple.tuple("PHYSICS", 2));
        assertThat(numbers).hasSize(2);
    }

    @Test
    void aProgrammeWithoutAForeignQuotaCannotBeAppliedTo() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});

        assertThatThrownBy(() -> desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS", "ASTRONOMY"),
                candidate())).isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_FOREIGN_QUOTA));
    }

    @Test
    void aLateSubmissionIsRefusedAndNothingIsWritten() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"), candidate())
                .getFirst();
        universities.closeYesterday(university);

        assertThatThrownBy(() -> desk.submit(number, FROZEN, ALL_DOCUMENTS, ALL_DOCUMENTS))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INTAKE_CLOSED));
        assertThat(applications.find(number)).get().extracting(AdmissionApplication::state)
                .isEqualTo(AdmissionState.DRAFT);
        assertThat(applications.history(number)).hasSize(1);
    }

    @Test
    void anIncompleteFileIsRefused() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = desk.apply(university, TestUniversities.INTAKE, List.of("PHYSICS"), candidate())
                .getFirst();

        assertThatThrownBy(() -> desk.submit(number, FROZEN, ALL_DOCUMENTS, List.of("PASSPORT", "PHOTO")))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.missingDocuments()).containsExactly("DIPLOMA", "TRANSCRIPT",
                                "EXAM_RESULT_SAT"));
        assertThat(applications.find(number)).get().extracting(AdmissionApplication::state)
                .isEqualTo(AdmissionState.DRAFT);
    }

    @Test
    void theWholeWayFromDraftToEnrolmentIsRecordedWithTheFrozenRulebookVersion() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = inEvaluation(university, "PHYSICS");

        desk.requestInterview(number, AdmissionActor.staff("committee.test"), "by e-mail");
        desk.recordInterview(number, AdmissionActor.staff("committee.test"), "answers were convincing");
        desk.decide(number, admit());
        desk.acceptOffer(number);
        desk.enrol(number, REGISTRAR, "2027-0001");

        AdmissionApplication stored = applications.find(number).orElseThrow();
        assertThat(stored.state()).isEqualTo(AdmissionState.ENROLLED);
        assertThat(stored.submission()).extracting(Submission::basis, Submission::nationality,
                Submission::rulebookVersion).containsExactly("FOREIGN_NATIONAL", "DE", "2026.1");
        assertThat(applications.history(number)).extracting(AdmissionTransition::action).containsExactly("CREATE",
                "SUBMIT", "FORWARD", "REQUEST_INTERVIEW", "RECORD_INTERVIEW", "DECIDE_ADMIT", "ACCEPT_OFFER",
                "ENROL");
        assertThat(applications.history(number).subList(1, 8)).extracting(AdmissionTransition::rulebookVersion)
                .containsOnly("2026.1");
    }

    @Test
    void theHistoryCannotBeRewritten() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {5});
        AdmissionNumber number = inEvaluation(university, "PHYSICS");

        assertThatThrownBy(() -> jdbc.sql("UPDATE admission_application_history SET reason = 'edited' WHERE number = ?")
                .param(number.value()).update()).hasMessageContaining("append-only");
    }

    @Test
    void aDeclinedOfferFreesItsPlaceForTheWaitlist() {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {1});
        AdmissionNumber first = inEvaluation(university, "PHYSICS");
        AdmissionNumber second = inEvaluation(university, "PHYSICS");
        desk.decide(first, admit());
        assertThatThrownBy(() -> desk.decide(second, admit())).isInstanceOfSatisfying(
                AdmissionRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUOTA_FULL));
        desk.decide(second, new Decision(Outcome.WAITLIST, "committee.test", "dean.test", null, null));

        desk.declineOffer(first);
        desk.decide(second, new Decision(Outcome.ADMIT, "committee.test", "dean.test", null, "a place was freed"));

        assertThat(applications.find(second)).get().extracting(AdmissionApplication::state)
                .isEqualTo(AdmissionState.ADMITTED);
        assertThat(places.of(Intakes.quotaPool(university, TestUniversities.INTAKE, "PHYSICS")))
                .get().satisfies(p -> assertThat(p.taken()).isEqualTo(1));
    }

    @Test
    void fiftyConcurrentAdmissionsForTenPlacesAdmitExactlyTen() throws Exception {
        String university = universities.create(new String[] {"PHYSICS"}, new int[] {10});
        List<AdmissionNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            numbers.add(inEvaluation(university, "PHYSICS"));
        }
        ConcurrentDecisions.Outcome outcome = ConcurrentDecisions.decideAtOnce(desk, numbers, admit(),
                Reason.QUOTA_FULL);

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.decided()).isEqualTo(10);
        assertThat(outcome.refused()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admission_application WHERE university = ? AND state = 'ADMITTED'")
                .param(university).query(Integer.class).single()).isEqualTo(10);
    }
}
