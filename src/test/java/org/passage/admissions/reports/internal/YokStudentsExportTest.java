package org.passage.admissions.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.rules.LocalizedText;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** YÖK's data request on registered foreign students: the year's enrolled students in the layout file's columns. */
@PassageIntegrationTest
class YokStudentsExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    YokStudentsFile file;

    static final RegisteredStudent STUDENT = new RegisteredStudent("AD0000000001", "2027-001", "Anna Müller", "DE",
            "FOREIGN_NATIONAL", "PHYSICS", new LocalizedText("Fizik", "Physics", "Physik"),
            new LocalizedText("Fen Fakültesi", "Faculty of Sciences", "Naturwissenschaftliche Fakultät"),
            "2027-FALL", "FALL", 2027, LocalDate.of(2027, 9, 1), "en", 8);

    String enrolledUniversity(String name, String studentNumber) {
        String u = files.university();
        AdmissionNumber number = files.accepted(u, name);
        desk.enrol(number, AdmissionActor.staff("registrar.test"), studentNumber);
        return u;
    }

    String export(StaffPrincipal by, String query, String lang) throws Exception {
        return mvc.perform(get("/staff/admissions/reports/yok-students.csv?" + query).with(TestStaff.signedIn(by))
                .header("Accept-Language", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theExportListsTheYearsEnrolledStudentsInTheLayoutsColumns() throws Exception {
        String u = enrolledUniversity("Anna Müller", "2027-001");
        files.admitted(u, "Not Enrolled Yet");

        String csv = export(staff.registrar(u), "year=2027&dialect=comma", "en");

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Student number,Name,Nationality,"
                + "Nationality code,Basis of application,Faculty,Programme,Language of instruction,"
                + "Duration (semesters),Academic year,Term,Enrolment date");
        assertThat(csv).contains("2027-001,Anna Müller,Germany,DE,").contains(",Faculty of Sciences,Physics,English,8,"
                + "2027-2028,Fall term,").doesNotContain("Not Enrolled Yet").doesNotContain("FOREIGN_NATIONAL");
        assertThat(export(staff.registrar(u), "year=2027", "tr")).startsWith("\uFEFFÖğrenci numarası;Adı soyadı;")
                .contains("2027-001;Anna Müller;Almanya;DE;");
        assertThat(export(staff.registrar(u), "year=2026", "en").lines().toList()).hasSize(1);
    }

    @Test
    void changingTheLayoutDataChangesTheColumnsAndTheirOrder() {
        ExportLayout layout = ExportLayout.parse("""
                columns:
                  - {field: STUDENT_NUMBER, heading: {tr: "No", en: "No", de: "Nr"}}
                  - {field: NAME, heading: {tr: "Ad", en: "Name", de: "Name"}}
                  - {field: PROGRAMME_CODE, heading: {tr: "Kod", en: "Code", de: "Code"}}
                """);
        ExportLayout reordered = ExportLayout.parse("""
                columns:
                  - {field: PROGRAMME_CODE, heading: {tr: "Kod", en: "Code", de: "Code"}}
                  - {field: STUDENT_NUMBER, heading: {tr: "No", en: "No", de: "Nr"}}
                """);

        assertThat(layout.headings(Locale.GERMAN)).containsExactly("Nr", "Name", "Code");
        assertThat(file.rows(layout, List.of(STUDENT), Locale.ENGLISH))
                .containsExactly(List.of("2027-001", "Anna Müller", "PHYSICS"));
        assertThat(reordered.headings(Locale.ENGLISH)).containsExactly("Code", "No");
        assertThat(file.rows(reordered, List.of(STUDENT), Locale.ENGLISH))
                .containsExactly(List.of("PHYSICS", "2027-001"));
    }

    @Test
    void aLayoutWithAnUnknownFieldOrAMissingLanguageIsRefusedWhenRead() {
        assertThatThrownBy(() -> ExportLayout.parse("""
                columns:
                  - {field: SHOE_SIZE, heading: {tr: "x", en: "x", de: "x"}}
                """)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ExportLayout.parse("""
                columns:
                  - {field: NAME, heading: {tr: "Ad", en: "Name"}}
                """)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ExportLayout.parse("columns: []")).isInstanceOf(IllegalStateException.class);
        assertThat(ExportLayout.load("admissions/yok-foreign-students.yaml").columns()).hasSizeGreaterThan(5);
    }

    @Test
    void anotherUniversitysStaffCannotReadTheStudents() throws Exception {
        String a = enrolledUniversity("Anna Müller", "2027-001");
        String b = files.university();

        String other = export(staff.registrar(b), "year=2027&dialect=comma", "en");
        assertThat(other).doesNotContain("Anna Müller");
        assertThat(other.lines().toList()).hasSize(1);
        mvc.perform(get("/staff/admissions/reports/yok-students.csv?year=2027")
                .with(TestStaff.signedIn(staff.committeeMember(a)))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/admissions/reports/yok-students.csv?year=2027")
                .with(TestStaff.signedIn(staff.universityOffice(a)))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/admissions/reports/yok-students.csv?year=soon")
                .with(TestStaff.signedIn(staff.registrar(a)))).andExpect(status().isBadRequest());
    }

    @Test
    void theReportsPageOffersTheExportAndTheIntakesDashboards() throws Exception {
        String u = files.university();

        String page = mvc.perform(get("/staff/admissions/reports").with(TestStaff.signedIn(staff.registrar(u)))
                .header("Accept-Language", "de")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Eingeschriebene ausländische Studierende für YÖK",
                "/staff/admissions/reports/intakes/" + u + "/2027-FALL", "Wintersemester 2027–2028");
    }
}
