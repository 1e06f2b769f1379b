package org.passage.residence.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicantContact;
import org.passage.residence.ApplicationDecided;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStateException;
import org.passage.residence.ApplicationWithdrawnNoShow;
import org.passage.residence.ChecklistItem;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.PassportNumber;
import org.passage.residence.PermitNumber;
import org.passage.residence.ReviewRefusedException;
import org.passage.residence.ReviewRefusedException.Reason;
import org.passage.rules.LocalizedText;

/** The review's transitions of the application aggregate, without Spring: each allowed from its state only. */
class ReviewTransitionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Actor OFFICER = Actor.staff("officer-1");
    static final ProvinceCode BURSA = new ProvinceCode("16");
    /** A bachelor student who asked for 12 months; the rules allow 48. */
    static final int REQUESTED = 12;
    static final int MAX = 48;

    /** Each review action, as run on an application. */
    enum Action {
        ATTENDED(a -> a.attended(OFFICER, NOW), ApplicationState.APPOINTMENT_BOOKED),
        NO_SHOW(a -> a.noShow(OFFICER, NOW), ApplicationState.APPOINTMENT_BOOKED),
        RESCHEDULE(a -> a.rescheduleWithValidReason("hospital report", OFFICER, NOW),
                ApplicationState.APPOINTMENT_BOOKED),
        REQUEST_MISSING(a -> a.requestMissingDocuments(List.of("PASSPORT_COPY"), TODAY.plusDays(10), null, OFFICER,
                NOW, TODAY), ApplicationState.UNDER_REVIEW),
        COMPLETE_MISSING(a -> a.missingDocumentsCompleted(Actor.applicant(a.number()), NOW, TODAY),
                ApplicationState.MISSING_DOCUMENTS),
        EXPIRE_MISSING(a -> a.missingDocumentsExpired(Actor.system("job"), NOW, TODAY.plusDays(30)),
                ApplicationState.MISSING_DOCUMENTS),
        APPROVE(a -> a.approve(PermitNumber.random(), TODAY, TODAY.plusMonths(REQUESTED), null, OFFICER, NOW),
                ApplicationState.UNDER_REVIEW),
        REJECT(a -> a.reject(List.of("CONDITIONS_NOT_MET"), "no enrolment", OFFICER, NOW),
                ApplicationState.UNDER_REVIEW);

        final Consumer<ResidenceApplication> run;
        final ApplicationState allowedIn;

        Action(Consumer<ResidenceApplication> run, ApplicationState allowedIn) {
            this.run = run;
            this.allowedIn = allowedIn;
        }
    }

    static Stream<Arguments> everyActionInEveryOtherState() {
        return Stream.of(Action.values()).flatMap(action -> EnumSet.allOf(ApplicationState.class).stream()
                .filter(state -> state != action.allowedIn).map(state -> Arguments.of(action, state)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyActionInEveryOtherState")
    void aReviewActionIsRefusedOutsideItsStateAndChangesNothing(Action action, ApplicationState state) {
        ResidenceApplication application = in(state);
        int recorded = application.newTransitions().size();

        assertThatThrownBy(() -> action.run.accept(application)).isInstanceOf(ApplicationStateException.class);

        assertThat(application.state()).isEqualTo(state);
        assertThat(application.newTransitions()).hasSize(recorded);
    }

    @Test
    void attendingTheAppointmentStartsTheReview() {
        ResidenceApplication application = in(ApplicationState.APPOINTMENT_BOOKED);

        application.attended(OFFICER, NOW);

        assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        Transition last = application.newTransitions().getLast();
        assertThat(last.action()).isEqualTo("ATTENDED");
        assertThat(last.actor()).isEqualTo(OFFICER);
        assertThat(last.rulebookVersion()).isEqualTo("2026.1");
    }

    @Test
    void aNoShowWithdrawsTheApplicationAsNeverMadeAndTellsOtherModules() {
        ResidenceApplication application = in(ApplicationState.APPOINTMENT_BOOKED);

        application.noShow(OFFICER, NOW);

        assertThat(application.state()).isEqualTo(ApplicationState.WITHDRAWN_NO_SHOW);
        assertThat(application.events()).contains(
                new ApplicationWithdrawnNoShow(application.number(), TODAY.plusDays(3), NOW));
    }

    @Test
    void reschedulingForAValidReasonKeepsTheBookingAndRecordsTheReason() {
        ResidenceApplication application = in(ApplicationState.APPOINTMENT_BOOKED);

        application.rescheduleWithValidReason("hospital report of 1 December", OFFICER, NOW);

        assertThat(application.state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
        assertThat(application.newTransitions().getLast().reason()).isEqualTo("hospital report of 1 December");
    }

    @Test
    void reschedulingWithoutAReasonIsRefused() {
        ResidenceApplication application = in(ApplicationState.APPOINTMENT_BOOKED);
        assertRefused(() -> application.rescheduleWithValidReason(" ", OFFICER, NOW), Reason.REASON_REQUIRED);
    }

    @Test
    void missingDocumentsAreAskedForWithItemsDueDateAndNote() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);

        application.requestMissingDocuments(List.of("STUDENT_CERTIFICATE", "STUDENT_CERTIFICATE"), TODAY.plusDays(14),
                "The certificate must be signed", OFFICER, NOW, TODAY);

        assertThat(application.state()).isEqualTo(ApplicationState.MISSING_DOCUMENTS);
        assertThat(application.missingDocuments().items()).containsExactly("STUDENT_CERTIFICATE");
        assertThat(application.missingDocuments().dueDate()).isEqualTo(TODAY.plusDays(14));
        assertThat(application.missingDocuments().note()).isEqualTo("The certificate must be signed");
        assertThat(application.newTransitions().getLast().reason()).contains("STUDENT_CERTIFICATE",
                TODAY.plusDays(14).toString());
    }

    @Test
    void onlyItemsOfTheFrozenChecklistCanBeMissing() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.requestMissingDocuments(List.of("TITLE_DEED"), TODAY.plusDays(5), null,
                OFFICER, NOW, TODAY), Reason.NOT_ON_CHECKLIST);
        assertRefused(() -> application.requestMissingDocuments(List.of(), TODAY.plusDays(5), null, OFFICER, NOW,
                TODAY), Reason.NO_ITEMS);
        assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void anOfficersNoteOrExplanationWithARightToLeftOverrideIsRefused() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.requestMissingDocuments(List.of("PASSPORT_COPY"), TODAY.plusDays(5),
                "Send the \u202Efdp.exe copy", OFFICER, NOW, TODAY), Reason.INVISIBLE_CHARACTERS);
        assertRefused(() -> application.reject(List.of("CONDITIONS_NOT_MET"), "no\u200B enrolment", OFFICER, NOW),
                Reason.INVISIBLE_CHARACTERS);
        assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void theDueDateOfMissingDocumentsComesAfterToday() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.requestMissingDocuments(List.of("PASSPORT_COPY"), TODAY, null, OFFICER, NOW,
                TODAY), Reason.DUE_DATE);
    }

    @Test
    void missingDocumentsSentByTheDueDateReturnTheCaseToReview() {
        ResidenceApplication application = in(ApplicationState.MISSING_DOCUMENTS);
        LocalDate due = application.missingDocuments().dueDate();

        application.missingDocumentsCompleted(Actor.applicant(application.number()), NOW, due);

        assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(application.missingDocuments().completedAt()).isEqualTo(NOW);
    }

    @Test
    void missingDocumentsCannotBeCompletedAfterTheDueDate() {
        ResidenceApplication application = in(ApplicationState.MISSING_DOCUMENTS);
        LocalDate dayAfter = application.missingDocuments().dueDate().plusDays(1);

        assertThatThrownBy(() -> application.missingDocumentsCompleted(Actor.applicant(application.number()), NOW,
                dayAfter)).isInstanceOf(ApplicationStateException.class);
        assertThat(application.state()).isEqualTo(ApplicationState.MISSING_DOCUMENTS);
    }

    @Test
    void missingDocumentsExpireOnlyAfterTheDueDateIntoARejectionOnTheirGround() {
        ResidenceApplication application = in(ApplicationState.MISSING_DOCUMENTS);
        LocalDate due = application.missingDocuments().dueDate();

        assertThatThrownBy(() -> application.missingDocumentsExpired(Actor.system("job"), NOW, due))
                .isInstanceOf(ApplicationStateException.class);
        application.missingDocumentsExpired(Actor.system("job"), NOW, due.plusDays(1));

        assertThat(application.state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(application.decision().grounds()).containsExactly("MISSING_DOCUMENTS_NOT_COMPLETED");
        assertThat(application.decision().decidedBy()).isEqualTo(Actor.system("job"));
        assertThat(application.events()).contains(new ApplicationDecided(application.number(),
                Decision.Outcome.REJECTED, null, List.of("MISSING_DOCUMENTS_NOT_COMPLETED"), NOW));
    }

    @Test
    void anApprovalIssuesAPermitForWhatWasAsked() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        PermitNumber number = PermitNumber.random();

        IssuedPermit permit = application.approve(number, TODAY, TODAY.plusMonths(REQUESTED), null, OFFICER, NOW);

        assertThat(application.state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(permit.number()).isEqualTo(number);
        assertThat(permit.permitType()).isEqualTo("STUDENT");
        assertThat(permit.reason()).isEqualTo("BACHELOR");
        assertThat(permit.passport()).isEqualTo(application.identity().passportNumber());
        assertThat(permit.shorteningReason()).isNull();
        assertThat(application.decision().permit()).isEqualTo(permit);
        assertThat(application.events()).contains(new ApplicationDecided(application.number(),
                Decision.Outcome.APPROVED, number, List.of(), NOW));
    }

    @Test
    void theValidityCanBeShortenedWithAReason() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);

        IssuedPermit permit = application.approve(PermitNumber.random(), TODAY, TODAY.plusMonths(6),
                "enrolment confirmed for one semester", OFFICER, NOW);

        assertThat(permit.validUntil()).isEqualTo(TODAY.plusMonths(6));
        assertThat(permit.shorteningReason()).isEqualTo("enrolment confirmed for one semester");
        assertThat(application.newTransitions().getLast().reason()).contains("shortened");
    }

    @Test
    void aShorteningWithoutAReasonIsRefused() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, TODAY.plusMonths(6), "", OFFICER, NOW),
                Reason.SHORTENING_REASON_REQUIRED);
        assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void theValidityIsNeverLongerThanTheRulesAllow() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        LocalDate limit = application.validityLimit(TODAY).orElseThrow();
        assertThat(limit).isEqualTo(TODAY.plusMonths(MAX));

        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, limit.plusDays(1), null, OFFICER, NOW),
                Reason.VALIDITY_TOO_LONG);
        IssuedPermit permit = application.approve(PermitNumber.random(), TODAY, limit, null, OFFICER, NOW);
        assertThat(permit.validUntil()).isEqualTo(limit);
    }

    @Test
    void aLaterStartDoesNotLengthenTheValidityFrozenWithTheCase() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        LocalDate later = TODAY.plusMonths(2);

        assertThat(application.validityLimit(later)).contains(TODAY.plusMonths(MAX));
        assertRefused(() -> application.approve(PermitNumber.random(), later, later.plusMonths(MAX), null, OFFICER,
                NOW), Reason.VALIDITY_TOO_LONG);
    }

    @Test
    void aPermitStartsNoEarlierThanTheApplicationDateAndEndsAfterItStarts() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY.minusDays(1), TODAY.plusMonths(1),
                "x", OFFICER, NOW), Reason.VALID_FROM_BEFORE_APPLICATION);
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, TODAY.minusDays(1), "x", OFFICER, NOW),
                Reason.VALID_UNTIL_BEFORE_VALID_FROM);
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, null, null, OFFICER, NOW),
                Reason.VALIDITY_REQUIRED);
    }

    @Test
    void aLongTermPermitIsIndefinite() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW, submission("LONG_TERM", null, null, null));

        assertThat(application.validityLimit(TODAY)).isEmpty();
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, TODAY.plusYears(5), null, OFFICER, NOW),
                Reason.INDEFINITE_PERMIT);
        IssuedPermit permit = application.approve(PermitNumber.random(), TODAY, null, null, OFFICER, NOW);
        assertThat(permit.validUntil()).isNull();
    }

    @Test
    void aFamilyPermitNeverOutlastsTheValidityFrozenWithTheCase() {
        LocalDate sponsorPermitEnds = TODAY.plusMonths(10);
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW,
                submission("FAMILY", null, 36, sponsorPermitEnds));

        assertThat(application.validityLimit(TODAY)).contains(sponsorPermitEnds);
        assertRefused(() -> application.approve(PermitNumber.random(), TODAY, sponsorPermitEnds.plusDays(1), null,
                OFFICER, NOW), Reason.VALIDITY_TOO_LONG);
    }

    @Test
    void aRejectionNamesGroundsAndExplainsThem() {
        ResidenceApplication application = in(ApplicationState.UNDER_REVIEW);
        assertRefused(() -> application.reject(List.of(), "no enrolment", OFFICER, NOW), Reason.NO_GROUNDS);
        assertRefused(() -> application.reject(List.of("CONDITIONS_NOT_MET"), " ", OFFICER, NOW),
                Reason.EXPLANATION_REQUIRED);

        application.reject(List.of("CONDITIONS_NOT_MET", "STUDIES_DISCONTINUED"), "Not enrolled this term", OFFICER,
                NOW);

        assertThat(application.state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(application.decision().grounds()).containsExactly("CONDITIONS_NOT_MET", "STUDIES_DISCONTINUED");
        assertThat(application.decision().explanation()).isEqualTo("Not enrolled this term");
        assertThat(application.newTransitions().getLast().reason())
                .isEqualTo("CONDITIONS_NOT_MET, STUDIES_DISCONTINUED; Not enrolled this term");
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** A student's application driven to {@code state} the way the journey and the directorate would. */
    static ResidenceApplication in(ApplicationState state) {
        return in(state, submission("STUDENT", REQUESTED, MAX, TODAY.plusMonths(MAX)));
    }

    static ResidenceApplication in(ApplicationState state, Submission submission) {
        ApplicationNumber number = ApplicationNumber.random();
        ResidenceApplication a = ResidenceApplication.preRegister(number, "FIRST",
                new Identity("Amira", "Haddad", LocalDate.of(2006, 3, 1), "SY", new PassportNumber("N12345678"),
                        LocalDate.of(2031, 1, 1)),
                new ApplicantContact("amira@example.org", null, Locale.ENGLISH),
                Map.of("applicationKind", "FIRST"), NOW);
        if (state == ApplicationState.DRAFT) {
            return a;
        }
        a.emailVerified(NOW);
        a.saveAnswers(Map.of("applicationKind", "FIRST", "permitType", submission.permitType(), "studyLevel",
                "BACHELOR"), BURSA, NOW);
        a.submit(submission, Actor.applicant(number));
        if (state == ApplicationState.SUBMITTED) {
            return a;
        }
        a.appointmentBooked(TODAY.plusDays(3), BURSA, Actor.applicant(number), NOW);
        switch (state) {
            case APPOINTMENT_BOOKED -> { }
            case WITHDRAWN_NO_SHOW -> a.noShow(OFFICER, NOW);
            default -> {
                a.attended(OFFICER, NOW);
                switch (state) {
                    case MISSING_DOCUMENTS -> a.requestMissingDocuments(List.of("PASSPORT_COPY"), TODAY.plusDays(10),
                            null, OFFICER, NOW, TODAY);
                    case APPROVED -> a.approve(PermitNumber.random(), TODAY, null == submission.maxValidityMonths()
                            ? null : TODAY.plusMonths(1), "test", OFFICER, NOW);
                    case REJECTED -> a.reject(List.of("CONDITIONS_NOT_MET"), "test", OFFICER, NOW);
                    default -> { }
                }
            }
        }
        assertThat(a.state()).isEqualTo(state);
        return a;
    }

    static Submission submission(String permitType, Integer requested, Integer max, LocalDate validUntil) {
        LocalizedText text = new LocalizedText("t", "t", "t");
        List<ChecklistItem> checklist = Set.of("PASSPORT_COPY", "STUDENT_CERTIFICATE").stream().sorted()
                .map(code -> new ChecklistItem(code, text, text, "APPLICANT", false, "NONE", "001", "5"))
                .toList();
        return new Submission(NOW, TODAY, permitType, requested, max, validUntil, "2026.1",
                new Submission.FrozenAssessment("tr-residence", "2026.1", TODAY, List.of(), checklist, List.of()));
    }
}
