package org.passage.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.application.Applications;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.Submission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residence module's published API for other modules: what an application is, and the changes
 * that other modules drive (appointments, later the directorate's review). Each change goes through
 * the application aggregate, which refuses it when the state does not allow it.
 */
@Service
public class ResidenceApplications {

    private final Applications applications;
    private final Clock clock;

    ResidenceApplications(Applications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    /** The application with this number, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ApplicationSummary> find(ApplicationNumber number) {
        return applications.find(number).map(ResidenceApplications::summary);
    }

    /**
     * The submitted applications whose students consented to share them with the international office
     * of {@code university} (names compared ignoring case and surrounding spaces), by surname.
     */
    @Transactional(readOnly = true)
    public List<SharedApplication> sharedWithUniversity(String university) {
        return applications.sharedWithUniversity(university);
    }

    /**
     * What a student application says of the studies, for the university office: the student number,
     * the programme (as the acceptance letter named it) and the level code; each {@code null} when not given.
     */
    public record Studies(String studentNumber, String programme, String studyLevel) {
    }

    /** The studies the application names, empty when there is no such application. */
    @Transactional(readOnly = true)
    public Optional<Studies> studies(ApplicationNumber number) {
        return applications.find(number).map(a -> new Studies(a.answers().get("studentNumber"),
                a.answers().get("studyProgramme"), a.answers().get("studyLevel")));
    }

    /** The university the application is shared with, empty while the student has not consented. */
    @Transactional(readOnly = true)
    public Optional<String> sharedUniversity(ApplicationNumber number) {
        return applications.find(number).filter(a -> a.sharesWithUniversity() && a.university() != null)
                .map(a -> a.university());
    }

    /** SUBMITTED → APPOINTMENT_BOOKED; when already booked, records the new date (a rescheduling). */
    @Transactional
    public void appointmentBooked(ApplicationNumber number, LocalDate date, ProvinceCode province, Actor actor) {
        ResidenceApplication application = load(number);
        application.appointmentBooked(date, province, actor, clock.instant());
        applications.save(application);
    }

    /** APPOINTMENT_BOOKED → SUBMITTED: the applicant or the directorate cancelled the appointment. */
    @Transactional
    public void appointmentCancelled(ApplicationNumber number, Actor actor, String reason) {
        ResidenceApplication application = load(number);
        application.appointmentCancelled(actor, reason, clock.instant());
        applications.save(application);
    }

    private ResidenceApplication load(ApplicationNumber number) {
        return applications.find(number).orElseThrow(() -> new ApplicationNotFoundException(number));
    }

    static ApplicationSummary summary(ResidenceApplication a) {
        Submission s = a.submission();
        var answers = a.answers();
        return new ApplicationSummary(a.number(), a.state(), a.applicationKind(),
                s == null ? answers.get("permitType") : s.permitType(), answers.get("reason"),
                answers.get("studyLevel"), answers.get("relationship"), a.identity().givenNames(),
                a.identity().surname(), a.identity().birthDate(), a.identity().nationality(),
                a.identity().passportNumber(), a.contact(), a.province(), s == null ? null : s.submittedAt(),
                s == null ? null : s.applicationDate(), s == null ? null : s.requestedMonths(),
                s == null ? null : s.maxValidityMonths(), s == null ? null : s.validUntil(),
                s == null ? null : s.rulebookVersion(),
                s == null ? java.util.List.of() : s.assessment().checklist());
    }
}
