package org.passage.admissions.candidate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.AdmissionTransition;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.admissions.candidate.internal.TestCandidates.Submitted;
import org.passage.calendar.TurkiyeTime;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registrar's completeness check per document, against PostgreSQL: marks kept and shown, a
 * corrected document asked for by a day (history, e-mail, the candidate's page), its upload after
 * the deadline until that day and of that document only, forwarding refused meanwhile, and another
 * university's registrar kept out. Days pass on a clock the test moves.
 */
@PassageIntegrationTest
@Import({DocumentChecksIntegrationTest.Clocks.class, TestCandidates.class})
class DocumentChecksIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    TestStaff staff;
    @Autowired
    MovableClock clock;
    @Autowired
    TestCandidates candidates;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void marksAreKeptAndShownOnTheRegistrarsDocumentsPage() throws Exception {
        Submitted file = submittedFile("10.41.0.1");
        StaffPrincipal registrar = staff.registrar(file.university());

        mark(registrar, file.number(), "PASSPORT", "RECEIVED", null, null).andExpect(documentsPage(file.number(), "PASSPORT"));
        mark(registrar, file.number(), "TRANSCRIPT", "NOT_VALID", "Stamp missing", null)
                .andExpect(documentsPage(file.number(), "TRANSCRIPT"));

        String page = page(get(documents(file.number()) + "?lang=de"), registrar);
        assertThat(page).contains("Erhalten", "Ungültig", "Stamp missing", "passport.pdf")
                .doesNotContain(">NOT_VALID<");
        assertThat(jdbc.sql("SELECT mark FROM admission_document_mark WHERE number = ? ORDER BY document")
                .param(file.number().value()).query(String.class).list()).containsExactly("RECEIVED", "NOT_VALID");
    }

    @Test
    void aCorrectedDocumentIsMailedAndMayComeAfterTheDeadlineUntilItsDayButNoOtherDocument() throws Exception {
        Submitted file = submittedFile("10.41.0.2");
        StaffPrincipal registrar = staff.registrar(file.university());
        LocalDate by = today().plusDays(15); // the intake closes in 10 days

        mark(registrar, file.number(), "PASSPORT", "NOT_VALID", "The photo page is cut off", by)
                .andExpect(documentsPage(file.number(), "PASSPORT"))
                .andExpect(flash().attribute("done", "admission.candidate.marks.done-request"));
        // a second click sends the same again: the first result, nothing twice
        mark(registrar, file.number(), "PASSPORT", "NOT_VALID", "The photo page is cut off", by)
                .andExpect(documentsPage(file.number(), "PASSPORT"));

        List<AdmissionTransition> requests = applications.history(file.number()).stream()
                .filter(t -> t.action().equals("REQUEST_CORRECTION")).toList();
        assertThat(requests).singleElement().satisfies(t -> {
            assertThat(t.document()).isEqualTo("PASSPORT");
            assertThat(t.dueOn()).isEqualTo(by);
            assertThat(t.reason()).isEqualTo("The photo page is cut off");
            assertThat(t.to()).isEqualTo(AdmissionState.SUBMITTED);
        });
        assertThat(correctionMails(file.email())).isEqualTo(1);
        TestMailbox.Mail mail = TestMailbox.awaitMessageTo(file.email(), "Your application " + file.number().value()
                + ": please send a corrected document");
        assertThat(mail.text()).contains("Passport", "The photo page is cut off", "/admission/candidate");
        assertThat(page(get("/staff/admissions/" + file.number().value() + "?lang=en"), registrar)).contains("Corrected document asked for: Passport");

        clock.advance(Duration.ofDays(12)); // past the intake's deadline, before the day asked for
        String candidatePage = file.candidate().perform(get(file.path() + "?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(candidatePage).contains("The university asks you for a corrected document: Passport",
                "The photo page is cut off", "correct-by-PASSPORT");
        upload(file, "PASSPORT", "passport-corrected.pdf").andExpect(redirectedUrl(file.path() + "#PASSPORT"));
        upload(file, "DIPLOMA", "diploma-again.pdf").andExpect(status().isOk());
        assertThat(uploadedNames(file)).contains("passport-corrected.pdf").doesNotContain("diploma-again.pdf");

        clock.advance(Duration.ofDays(4)); // the day asked for has passed
        String refused = upload(file, "PASSPORT", "passport-late.pdf").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("asked for this corrected document has passed");
        assertThat(uploadedNames(file)).doesNotContain("passport-late.pdf");
    }

    @Test
    void forwardingIsRefusedWhileACorrectedDocumentIsAskedFor() throws Exception {
        Submitted file = submittedFile("10.41.0.3");
        StaffPrincipal registrar = staff.registrar(file.university());
        mark(registrar, file.number(), "DIPLOMA", "MISSING", null, today().plusDays(5));

        mvc.perform(post("/staff/admissions/" + file.number().value() + "/forward").with(csrf())
                        .with(TestStaff.signedIn(registrar)))
                .andExpect(redirectedUrl("/staff/admissions/" + file.number().value()))
                .andExpect(flash().attribute("error", "admissions.desk.forward.error.DOCUMENTS_NOT_IN_ORDER"));
        assertThat(applications.find(file.number()).orElseThrow().state()).isEqualTo(AdmissionState.SUBMITTED);
        assertThat(page(get("/staff/admissions/" + file.number().value() + "?lang=en"), registrar))
                .contains("Documents marked missing or not valid",
                        "High-school diploma or final-year certificate: Missing");

        mark(registrar, file.number(), "DIPLOMA", "RECEIVED", null, null);
        mvc.perform(post("/staff/admissions/" + file.number().value() + "/forward").with(csrf())
                        .with(TestStaff.signedIn(registrar)))
                .andExpect(flash().attribute("done", "admissions.desk.forwarded"));
        assertThat(applications.find(file.number()).orElseThrow().state()).isEqualTo(AdmissionState.IN_EVALUATION);
    }

    @Test
    void aDayNotAfterTodayIsRefusedWithALocalizedMessage() throws Exception {
        Submitted file = submittedFile("10.41.0.4");
        StaffPrincipal registrar = staff.registrar(file.university());

        String page = mark(registrar, file.number(), "PASSPORT", "NOT_VALID", null, today(), "tr")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("bugünden sonra olmalı", "error-summary");
        assertThat(jdbc.sql("SELECT count(*) FROM admission_document_mark WHERE number = ?")
                .param(file.number().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherUniversitysRegistrarAndTheCommitteeFindNothing() throws Exception {
        Submitted file = submittedFile("10.41.0.5");
        StaffPrincipal stranger = staff.registrar(universities.create(List.of(Programme.of("PHYSICS", 5))));
        StaffPrincipal member = staff.committeeMember(file.university());
        String form = documents(file.number()) + "/PASSPORT/mark";

        for (StaffPrincipal outsider : List.of(stranger, member)) {
            mvc.perform(get(form).with(TestStaff.signedIn(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(form).param("mark", "NOT_VALID").with(csrf()).with(TestStaff.signedIn(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(documents(file.number())).with(TestStaff.signedIn(stranger))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM admission_document_mark WHERE number = ?")
                .param(file.number().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void badInputGetsTheFormBackWithItsMessagesAndNothingIsMarked() throws Exception {
        Submitted file = submittedFile("10.41.0.8");
        StaffPrincipal registrar = staff.registrar(file.university());
        String form = documents(file.number()) + "/PASSPORT/mark?lang=de";

        String page = mvc.perform(post(form).param("mark", "BROKEN").param("note", "x".repeat(1001))
                        .param("correctBy-day", "31").param("correctBy-month", "2").param("correctBy-year", "2030")
                        .with(csrf()).with(TestStaff.signedIn(registrar)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wählen Sie, ob das Dokument", "höchstens 1000 Zeichen", "als Tag, Monat und Jahr",
                "href=\"#mark\"", "href=\"#correctBy-day\"");
        mvc.perform(post(documents(file.number()) + "/NOT_REQUIRED/mark").param("mark", "RECEIVED").with(csrf())
                .with(TestStaff.signedIn(registrar))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM admission_document_mark WHERE number = ?")
                .param(file.number().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherCandidateNeitherSeesTheRequestNorUploadsIntoTheFile() throws Exception {
        Submitted file = submittedFile("10.41.0.6");
        Submitted other = submittedFile("10.41.0.7");
        mark(staff.registrar(file.university()), file.number(), "PASSPORT", "NOT_VALID", "cut off",
                today().plusDays(5));

        other.candidate().perform(get(file.path())).andExpect(status().isNotFound());
        other.candidate().perform(multipart(file.path() + "/documents/PASSPORT")
                .file(new MockMultipartFile("file", "intruder.pdf", "application/octet-stream", TestFiles.pdf()))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(other.candidate().perform(get(other.path() + "?lang=en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).doesNotContain("corrected document", "cut off");
        assertThat(uploadedNames(file)).doesNotContain("intruder.pdf");
    }

    private ResultActions mark(StaffPrincipal registrar, AdmissionNumber number, String document, String mark,
            String note, LocalDate correctBy) throws Exception {
        return mark(registrar, number, document, mark, note, correctBy, "en");
    }

    private ResultActions mark(StaffPrincipal registrar, AdmissionNumber number, String document, String mark,
            String note, LocalDate correctBy, String language) throws Exception {
        MockHttpServletRequestBuilder request = post(documents(number) + "/" + document + "/mark?lang=" + language)
                .param("mark", mark).with(csrf()).with(TestStaff.signedIn(registrar));
        if (note != null) {
            request.param("note", note);
        }
        if (correctBy != null) {
            request.param("correctBy-day", String.valueOf(correctBy.getDayOfMonth()))
                    .param("correctBy-month", String.valueOf(correctBy.getMonthValue()))
                    .param("correctBy-year", String.valueOf(correctBy.getYear()));
        }
        return mvc.perform(request);
    }

    private static org.springframework.test.web.servlet.ResultMatcher documentsPage(AdmissionNumber number,
            String document) {
        return redirectedUrl(documents(number) + "#mark-" + document);
    }

    private static String documents(AdmissionNumber number) {
        return "/staff/admissions/" + number.value() + "/documents";
    }

    private String page(MockHttpServletRequestBuilder request, StaffPrincipal staffMember) throws Exception {
        return mvc.perform(request.with(TestStaff.signedIn(staffMember))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private int correctionMails(String email) {
        return jdbc.sql("""
                SELECT count(*) FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
                WHERE n.type = 'ADMISSION_CORRECTION_REQUESTED' AND d.address = ?""")
                .param(email).query(Integer.class).single();
    }

    private List<String> uploadedNames(Submitted file) {
        return jdbc.sql("""
                SELECT d.file_name FROM admission_candidate_document d JOIN admission_candidate_file f ON f.id = d.file_id
                WHERE lower(f.candidate_email) = lower(?)""").param(file.email()).query(String.class).list();
    }

    private ResultActions upload(Submitted file, String document, String name) throws Exception {
        return file.candidate().perform(multipart(file.path() + "/documents/" + document + "?lang=en")
                .file(new MockMultipartFile("file", name, "application/octet-stream", TestFiles.pdf())).with(csrf()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
    }

    /** A candidate of a new university who applied for PHYSICS, uploaded every document and submitted. */
    private Submitted submittedFile(String address) throws Exception {
        return candidates.submitted(universities.create(List.of(Programme.of("PHYSICS", 5))), address);
    }
}
