package org.passage.admissions.scholarship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.admissions.scholarship.Scholarship;
import org.passage.admissions.scholarship.Scholarships;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Academic scholarships (§7.10) through the registrar's pages, against the database. */
@PassageIntegrationTest
class ScholarshipPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    Scholarships scholarships;
    @Autowired
    JdbcClient jdbc;

    static String page(AdmissionNumber number) {
        return "/staff/admissions/" + number.value() + "/scholarship";
    }

    MockHttpServletRequestBuilder award(StaffPrincipal who, AdmissionNumber number, String percent, String prep) {
        return post(page(number)).with(TestStaff.signedIn(who)).with(csrf()).param("percent", percent)
                .param("prepSemesters", prep);
    }

    String read(StaffPrincipal who, String path) throws Exception {
        return mvc.perform(get(path).with(TestStaff.signedIn(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theRegistrarAwardsTheDirectivesScholarshipAndTheRegisterShowsSemestersUsedAndLeft() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        StaffPrincipal registrar = staff.registrar(university);

        mvc.perform(award(registrar, number, "50", "2")).andExpect(redirectedUrl(page(number)))
                .andExpect(flash().attribute("done", "admissions.scholarship.awarded"));
        mvc.perform(post(page(number) + "/used").with(TestStaff.signedIn(registrar)).with(csrf()).param("used", "3"))
                .andExpect(flash().attribute("done", "admissions.scholarship.used.recorded"));

        Scholarship s = scholarships.find(number).orElseThrow();
        assertThat(s.semesters()).as("2 prep semesters + 8").isEqualTo(10);
        assertThat(s.semestersLeft()).isEqualTo(7);
        String register = read(registrar, "/staff/admissions/scholarships?lang=en");
        assertThat(register).contains(number.value(), "Physics", "50%", "Directive: 2 preparatory semesters counted")
                .contains("<td>10</td>", "<td>3</td>", "<td>7</td>").doesNotContain("OTHER");
    }

    @Test
    void aDoubleSubmitKeepsTheFirstAward() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        StaffPrincipal registrar = staff.registrar(university);

        mvc.perform(award(registrar, number, "50", "0"));
        mvc.perform(award(registrar, number, "100", "4")).andExpect(redirectedUrl(page(number)));

        assertThat(scholarships.find(number)).get().satisfies(s -> {
            assertThat(s.percent()).isEqualTo(50);
            assertThat(s.semesters()).isEqualTo(8);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admission_scholarship WHERE application = ?")
                .param(number.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDisciplinaryDecisionEndsTheScholarshipAndASecondEndingKeepsTheFirstDecision() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        StaffPrincipal registrar = staff.registrar(university);
        mvc.perform(award(registrar, number, "75", "0"));

        mvc.perform(post(page(number) + "/end").with(TestStaff.signedIn(registrar)).with(csrf())
                .param("decision", "Disiplin Kurulu 2027/12"))
                .andExpect(flash().attribute("done", "admissions.scholarship.ended"));
        mvc.perform(post(page(number) + "/end").with(TestStaff.signedIn(registrar)).with(csrf())
                .param("decision", "Disiplin Kurulu 2027/99"));

        assertThat(scholarships.find(number)).get().satisfies(s -> {
            assertThat(s.endedReference()).isEqualTo("Disiplin Kurulu 2027/12");
            assertThat(s.semestersLeft()).isZero();
        });
        assertThat(read(registrar, page(number) + "?lang=de"))
                .contains("Beendet durch Disziplinarentscheidung Disiplin Kurulu 2027/12")
                .doesNotContain("id=\"end-form\"");
        mvc.perform(post(page(number) + "/used").with(TestStaff.signedIn(registrar)).with(csrf()).param("used", "1"))
                .andExpect(flash().attribute("error", "admissions.scholarship.error.BEYOND_DURATION"));
    }

    @Test
    void aBilateralScholarshipCarriesItsAgreementInsteadOfTheDirectivesDurations() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        StaffPrincipal registrar = staff.registrar(university);

        mvc.perform(award(registrar, number, "100", "4").param("agreement", "TR-AZ 2025/7"));

        assertThat(scholarships.find(number)).get().satisfies(s -> {
            assertThat(s.agreementReference()).isEqualTo("TR-AZ 2025/7");
            assertThat(s.semesters()).isNull();
        });
        assertThat(read(registrar, page(number) + "?lang=tr")).contains("İkili anlaşma TR-AZ 2025/7",
                "Anlaşmada belirtildiği gibi");
    }

    @Test
    void aFileThatIsNotAdmittedGetsNoScholarship() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.forwarded(university, "PHYSICS");

        mvc.perform(award(staff.registrar(university), number, "50", "0"))
                .andExpect(flash().attribute("error", "admissions.scholarship.error.NOT_ADMITTED"));
        assertThat(scholarships.find(number)).isEmpty();
    }

    @Test
    void aGraduateProgrammeGetsNoAcademicScholarship() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        jdbc.sql("UPDATE admission_programme SET study_level = 'MASTER' WHERE university = ? AND code = 'PHYSICS'")
                .param(university).update();

        mvc.perform(award(staff.registrar(university), number, "50", "0"))
                .andExpect(flash().attribute("error", "admissions.scholarship.error.NOT_UNDERGRADUATE"));
        assertThat(scholarships.find(number)).isEmpty();
    }

    @Test
    void onlyTheUniversitysRegistrarOrAdminReachesTheScholarship() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        String other = files.university();

        mvc.perform(award(staff.registrar(other), number, "50", "0")).andExpect(status().isNotFound());
        mvc.perform(get(page(number)).with(TestStaff.signedIn(staff.registrar(other))))
                .andExpect(status().isNotFound());
        mvc.perform(award(staff.committeeMember(university), number, "50", "0")).andExpect(status().isForbidden());
        mvc.perform(get(page(number))).andExpect(status().is3xxRedirection());
        assertThat(scholarships.find(number)).isEmpty();

        mvc.perform(award(staff.universityAdmin(university), number, "40", "0"))
                .andExpect(flash().attribute("done", "admissions.scholarship.awarded"));
        assertThat(read(staff.registrar(other), "/staff/admissions/scholarships")).doesNotContain(number.value());
    }

    @Test
    void theAcceptanceLetterShowsTheScholarshipAndItsDurationInEachLanguage() throws Exception {
        String university = files.university();
        AdmissionNumber number = files.admitted(university, "Ana Silva");
        StaffPrincipal registrar = staff.registrar(university);
        mvc.perform(award(registrar, number, "50", "4"));
        mvc.perform(post("/staff/admissions/" + number.value() + "/letter").with(TestStaff.signedIn(registrar))
                .with(csrf()));

        for (String[] language : new String[][] {{"tr", "Akademik burs", "Öğrenim ücreti üzerinden %50, 12 dönem"},
                {"en", "Academic scholarship", "50% of tuition for 12 semesters"},
                {"de", "Akademisches Stipendium", "50 % der Studiengebühren für 12 Semester"}}) {
            byte[] pdf = mvc.perform(get("/staff/admissions/" + number.value() + "/letter.pdf")
                    .queryParam("lang", language[0]).with(TestStaff.signedIn(registrar))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains(language[1], language[2]);
            }
        }
    }
}
