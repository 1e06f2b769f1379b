package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;
import org.passage.admissions.desk.Decision.Outcome;

class AdmissionApplicationTest {

    static final Intake INTAKE = new Intake("KOC", "2027-FALL", 2027, Term.FALL, LocalDate.of(2027, 1, 4),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 15), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31),
            LocalDate.of(2027, 9, 20));
    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final LocalDate OPEN_DAY = LocalDate.of(2027, 3, 1);
    static final Submission FROZEN = new Submission("{\"eligible\":true}", "FOREIGN_NATIONAL", "DE", "2026.1");
    static final AdmissionActor REGISTRAR = AdmissionActor.staff("registrar.koc");
    static final AdmissionActor MEMBER = AdmissionActor.staff("committee.koc");

    static AdmissionApplication draft() {
        return AdmissionApplication.draft(INTAKE, "MEDICINE", 1, "ada@example.org", NOW);
    }

    static AdmissionApplication submitted() {
        AdmissionApplication a = draft();
        a.submit(INTAKE, FROZEN, List.of(), NOW, OPEN_DAY);
        return a;
    }

    static AdmissionApplication inEvaluation() {
        AdmissionApplication a = submitted();
        a.forward(REGISTRAR, NOW);
        return a;
    }

    static AdmissionApplication admitted() {
        AdmissionApplication a = inEvaluation();
        a.decide(new Decision(Outcome.ADMIT, "committee.koc", "dean.medicine", null, null), NOW);
        return a;
    }

    @Test
    void aSubmissionAfterTheIntakesDeadlineIsRefused() {
        AdmissionApplication a = draft();

        assertThatThrownBy(() -> a.submit(INTAKE, FROZEN, List.of(), NOW, LocalDate.of(2027, 6, 1)))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INTAKE_CLOSED));
        assertThat(a.state()).isEqualTo(AdmissionState.DRAFT);
    }

    @Test
    void aSubmissionOnTheDeadlineItselfIsAccepted() {
        AdmissionApplication a = draft();

        a.submit(INTAKE, FROZEN, List.of(), NOW, LocalDate.of(2027, 5, 31));

        assertThat(a.state()).isEqualTo(AdmissionState.SUBMITTED);
    }

    @Test
    void aFileMissingARequiredDocumentCannotBeSubmitted() {
        AdmissionApplication a = draft();

        assertThatThrownBy(() -> a.submit(INTAKE, FROZEN, List.of("TRANSCRIPT"), NOW, OPEN_DAY))
                .isInstanceOfSatisfying(AdmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOCUMENTS_MISSING);
                    assertThat(e.missingDocuments()).containsExactly("TRANSCRIPT");
                });
        assertThat(a.submission()).isNull();
    }

    @Test
    void submissionFreezesTheAnswerWithTheRulebookVersionItWasJudgedBy() {
        AdmissionApplication a = submitted();

        assertThat(a.submission()).isEqualTo(FROZEN);
        assertThat(a.pendingTransitions()).last()
                .satisfies(t -> {
                    assertThat(t.action()).isEqualTo("SUBMIT");
                    assertThat(t.rulebookVersion()).isEqualTo("2026.1");
                    assertThat(t.actor()).isEqualTo(AdmissionActor.candidate("ada@example.org"));
                });
    }

    @Test
    void onlyASubmittedFileCanBeForwarded() {
        AdmissionApplication a = draft();

        assertThatThrownBy(() -> a.forward(REGISTRAR, NOW)).isInstanceOfSatisfying(AdmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    }

    @Test
    void closingAnIneligibleFileNeedsTheRulebooksRefusalCode() {
        AdmissionApplication a = submitted();

        assertThatThrownBy(() -> a.closeIneligible(REGISTRAR, " ", "no quota", NOW))
                .isInstanceOf(AdmissionRefusedException.class);
        a.closeIneligible(REGISTRAR, "TR_SCHOOLED_IN_TURKIYE", null, NOW);

        assertThat(a.state()).isEqualTo(AdmissionState.CLOSED_INELIGIBLE);
        assertThat(a.pendingTransitions()).last().extracting(AdmissionTransition::ground)
                .isEqualTo("TR_SCHOOLED_IN_TURKIYE");
    }

    @Test
    void anInterviewIsRequestedThenRecordedAndTheFileGoesBackToEvaluation() {
        AdmissionApplication a = inEvaluation();

        a.requestInterview(MEMBER, "by phone", NOW);
        assertThat(a.state()).isEqualTo(AdmissionState.INTERVIEW_REQUESTED);
        a.recordInterview(MEMBER, "motivated, good English", NOW);

        assertThat(a.state()).isEqualTo(AdmissionState.IN_EVALUATION);
    }

    @Test
    void aRejectionWithoutACitedGroundIsRefused() {
        AdmissionApplication a = inEvaluation();

        assertThatThrownBy(() -> a.decide(new Decision(Outcome.REJECT, "committee.koc", "dean.medicine", null, null),
                NOW)).isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.GROUND_REQUIRED));
    }

    @Test
    void aDecisionRecordsBothTheCommitteeMemberAndTheDean() {
        AdmissionApplication a = admitted();

        assertThat(a.pendingTransitions()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo("DECIDE_ADMIT");
            assertThat(t.reason()).contains("committee.koc").contains("dean.medicine");
        });
    }

    @Test
    void aDecisionNeedsTwoDifferentPeople() {
        assertThatThrownBy(() -> new Decision(Outcome.ADMIT, "same.person", "same.person", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangedDecisionIsANewDecisionThatSaysWhy() {
        AdmissionApplication a = admitted();

        assertThatThrownBy(() -> a.decide(new Decision(Outcome.WAITLIST, "committee.koc", "dean.medicine", null, null),
                NOW)).isInstanceOf(AdmissionRefusedException.class);
        a.decide(new Decision(Outcome.WAITLIST, "committee.koc", "dean.medicine", null, "diploma not recognised"), NOW);

        assertThat(a.state()).isEqualTo(AdmissionState.WAITLISTED);
        assertThat(a.holdsPlace()).isFalse();
        assertThat(a.pendingTransitions()).extracting(AdmissionTransition::action)
                .containsSubsequence("DECIDE_ADMIT", "DECIDE_WAITLIST");
    }

    @Test
    void anOfferCannotBeAcceptedAfterItsResponseDate() {
        AdmissionApplication a = admitted();

        assertThatThrownBy(() -> a.acceptOffer(INTAKE, NOW, LocalDate.of(2027, 7, 16)))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.RESPONSE_DATE_PASSED));
        assertThat(a.state()).isEqualTo(AdmissionState.ADMITTED);
    }

    @Test
    void aDeclinedOfferHoldsNoPlace() {
        AdmissionApplication a = admitted();
        assertThat(a.holdsPlace()).isTrue();

        a.declineOffer(INTAKE, NOW, LocalDate.of(2027, 7, 15));

        assertThat(a.state()).isEqualTo(AdmissionState.OFFER_DECLINED);
        assertThat(a.holdsPlace()).isFalse();
    }

    @Test
    void onlyACandidateWhoAcceptedIsEnrolledWithAStudentNumber() {
        AdmissionApplication a = admitted();
        assertThatThrownBy(() -> a.enrol(REGISTRAR, "20270001", NOW)).isInstanceOf(AdmissionRefusedException.class);

        a.acceptOffer(INTAKE, NOW, OPEN_DAY);
        a.enrol(REGISTRAR, "20270001", NOW);

        assertThat(a.state()).isEqualTo(AdmissionState.ENROLLED);
        assertThat(a.studentNumber()).isEqualTo("20270001");
    }

    @Test
    void everyChangeIsRecordedInOrderFromTheDraftOn() {
        AdmissionApplication a = admitted();

        assertThat(a.pendingTransitions()).extracting(AdmissionTransition::to).containsExactly(AdmissionState.DRAFT,
                AdmissionState.SUBMITTED, AdmissionState.IN_EVALUATION, AdmissionState.ADMITTED);
    }

    @Test
    void aCorrectedDocumentAskedForIsRecordedWithItsDayAndTheStateStays() {
        AdmissionApplication a = submitted();
        a.transitionsStored();

        a.requestCorrection(REGISTRAR, "PASSPORT", OPEN_DAY.plusDays(14), "cut off", NOW, OPEN_DAY);

        assertThat(a.state()).isEqualTo(AdmissionState.SUBMITTED);
        assertThat(a.pendingTransitions()).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo("REQUEST_CORRECTION");
            assertThat(t.document()).isEqualTo("PASSPORT");
            assertThat(t.dueOn()).isEqualTo(OPEN_DAY.plusDays(14));
            assertThat(t.from()).isEqualTo(AdmissionState.SUBMITTED);
        });
    }

    @Test
    void aCorrectedDocumentIsAskedForByADayAfterToday() {
        AdmissionApplication a = submitted();

        assertThatThrownBy(() -> a.requestCorrection(REGISTRAR, "PASSPORT", OPEN_DAY, null, NOW, OPEN_DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aForwardedFileGetsNoRequestForACorrectedDocument() {
        AdmissionApplication a = inEvaluation();

        assertThatThrownBy(() -> a.requestCorrection(REGISTRAR, "PASSPORT", OPEN_DAY.plusDays(3), null, NOW, OPEN_DAY))
                .isInstanceOfSatisfying(AdmissionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    }

    @Test
    void aReceivedDocumentCannotBeAskedForAgain() {
        assertThatThrownBy(() -> new DocumentMark("PASSPORT", DocumentMark.Mark.RECEIVED, null, OPEN_DAY, "r", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestIsOpenUntilItsDayAndWhileTheDocumentIsNotInOrder() {
        DocumentMark asked = new DocumentMark("PASSPORT", DocumentMark.Mark.NOT_VALID, null, OPEN_DAY, "r", NOW);

        assertThat(asked.requestOpenOn(OPEN_DAY)).isTrue();
        assertThat(asked.requestOpenOn(OPEN_DAY.plusDays(1))).isFalse();
        assertThat(new DocumentMark("PASSPORT", DocumentMark.Mark.MISSING, null, null, "r", NOW)
                .requestOpenOn(OPEN_DAY)).isFalse();
    }
}
