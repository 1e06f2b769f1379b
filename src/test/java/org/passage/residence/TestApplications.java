package org.passage.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ResidencePermitRequest.Applicant;
import org.passage.residence.ResidencePermitRequest.Stay;
import org.passage.residence.ResidencePermitRequest.Study;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Identity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real applications for tests of other modules, made through the same journey service as the
 * pages: pre-registered, verified, answered and submitted. Every one has its own e-mail address.
 */
@Component
public class TestApplications {

    private final ApplicationJourney journey;
    private final ResidenceApplications applications;
    private final ApplicationReviews reviews;
    private final MissingDocumentsExpiryJob expiryJob;
    private final JdbcClient jdbc;
    private final Clock clock;

    TestApplications(ApplicationJourney journey, ResidenceApplications applications, ApplicationReviews reviews,
            MissingDocumentsExpiryJob expiryJob, JdbcClient jdbc, Clock clock) {
        this.journey = journey;
        this.applications = applications;
        this.reviews = reviews;
        this.expiryJob = expiryJob;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A submitted student whose appointment is booked (in module residence only: appointments'
     * own tests book through module appointments) in {@code province} on the next business day.
     */
    public ApplicationNumber booked(ProvinceCode province) {
        return booked(province, Locale.ENGLISH);
    }

    /** The same, writing in {@code language}. */
    public ApplicationNumber booked(ProvinceCode province, Locale language) {
        ApplicationNumber number = submitStudent(province, language);
        LocalDate day = LocalDate.now(clock).plusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        applications.appointmentBooked(number, day, province, Actor.applicant(number));
        return number;
    }

    /** A student who came to the appointment in {@code province}: the case is under review. */
    public ApplicationNumber underReview(ProvinceCode province) {
        return underReview(province, Locale.ENGLISH);
    }

    /** The same, writing in {@code language}. */
    public ApplicationNumber underReview(ProvinceCode province, Locale language) {
        ApplicationNumber number = booked(province, language);
        reviews.attended(number, Actor.staff("test-officer"));
        return number;
    }

    /** Moves the open missing-documents request's due date to yesterday, as if the days had passed. */
    public void missingDocumentsDueDatePassed(ApplicationNumber number) {
        jdbc.sql("UPDATE residence_missing_documents SET due_date = ? WHERE number = ? AND completed_at IS NULL")
                .params(LocalDate.now(clock).minusDays(1), number.value()).update();
    }

    /** Runs the missing-documents expiry job for today, as the scheduler would after midnight. */
    public int runMissingDocumentsExpiry() {
        return expiryJob.expireOverdue(LocalDate.now(clock));
    }

    /** A bachelor student in a dormitory, submitted today, with the address in {@code province}. */
    public ApplicationNumber submitStudent(ProvinceCode province) {
        return submitStudent(province, Locale.ENGLISH);
    }

    /** The same student, writing in {@code language} (tr, en or de). */
    public ApplicationNumber submitStudent(ProvinceCode province, Locale language) {
        ApplicationNumber number = draftStudent(province, language);
        journey.submit(number, studentRequest(), Actor.applicant(number));
        return number;
    }

    /** The same student, verified and answered but not yet submitted. */
    public ApplicationNumber draftStudent(ProvinceCode province) {
        return draftStudent(province, Locale.ENGLISH);
    }

    private ApplicationNumber draftStudent(ProvinceCode province, Locale language) {
        LocalDate today = LocalDate.now(clock);
        String email = "student-" + UUID.randomUUID() + "@example.org";
        var application = journey.preRegister("FIRST",
                new Identity("Amira", "Haddad", today.minusYears(20), "SY", new PassportNumber("N" + digits()),
                        today.plusYears(5)),
                new ApplicantContact(email, "+905321234567", language), Map.of("applicationKind", "FIRST"));
        journey.emailVerified(application.number());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("applicationKind", "FIRST");
        answers.put("permitType", "STUDENT");
        answers.put("studyLevel", "BACHELOR");
        journey.saveAnswers(application.number(), answers, province);
        return application.number();
    }

    /** Answers every page of the student's application form, as the pages would store them. */
    public void completeStudentAnswers(ApplicationNumber number) {
        Map<String, String> answers = new LinkedHashMap<>(journey.load(number).answers());
        LocalDate birth = LocalDate.now(clock).minusYears(20);
        answers.put("birthDate-day", String.valueOf(birth.getDayOfMonth()));
        answers.put("birthDate-month", String.valueOf(birth.getMonthValue()));
        answers.put("birthDate-year", String.valueOf(birth.getYear()));
        answers.put("nationality", "SY");
        answers.put("maritalStatus", "SINGLE");
        answers.put("accommodation", "DORMITORY");
        answers.put("healthInsurance", "PRIVATE");
        LocalDate enrolled = LocalDate.now(clock).minusMonths(2);
        answers.put("enrolment", "REGULAR");
        answers.put("enrolmentDate-day", String.valueOf(enrolled.getDayOfMonth()));
        answers.put("enrolmentDate-month", String.valueOf(enrolled.getMonthValue()));
        answers.put("enrolmentDate-year", String.valueOf(enrolled.getYear()));
        answers.put("repeatYear", "NO");
        answers.put("requestedMonths", "12");
        answers.put("addressProvince", journey.load(number).province().value());
        answers.put("addressDistrict", "Merkez");
        answers.put("addressLine", "Cumhuriyet Cd. 1");
        answers.put("applicantRole", "SELF");
        answers.put("universityAsked", "YES");
        journey.saveAnswers(number, answers, journey.load(number).province());
    }

    /** The request the student's answers stand for (the contract's example student). */
    public ResidencePermitRequest studentRequest() {
        LocalDate today = LocalDate.now(clock);
        Applicant applicant = new Applicant(today.minusYears(20), "SY", "SINGLE", "DORMITORY", false, true,
                "BOTH_PRESENT", "SGK_GHI_WITHIN_3_MONTHS", "NONE", null, List.of(), false, 0, null, "SY", false);
        return new ResidencePermitRequest("FIRST", "STUDENT", null, "BACHELOR", null, today, "SELF", applicant,
                new Study("REGULAR", today.minusMonths(2)), new Stay(48, null), null, null);
    }

    /** Acts in MockMvc as the signed-in applicant of {@code number}, who has a session as in a browser. */
    public static RequestPostProcessor signedIn(ApplicationNumber number) {
        RequestPostProcessor authentication = SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(new ApplicantPrincipal(number), null,
                        List.of(new SimpleGrantedAuthority(ApplicantPrincipal.ROLE))));
        return request -> {
            if (request.getSession(false) == null) {
                request.setSession(new org.springframework.mock.web.MockHttpSession());
            }
            return authentication.postProcessRequest(request);
        };
    }

    private static String digits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 8);
    }
}
