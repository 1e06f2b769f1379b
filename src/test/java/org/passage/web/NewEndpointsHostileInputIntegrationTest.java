package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.candidate.internal.TestCandidates;
import org.passage.admissions.desk.TestUniversities;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile input to the pages and forms the admissions, quota, letters, university office and visa
 * staff change added: missing fields, letters for numbers, impossible dates, 10k-long text, NUL,
 * script and right-to-left override characters, unknown ids. None of it may end in a 5xx, and a
 * refused quota line writes no row.
 */
@PassageIntegrationTest
@Import({TestUniversities.class, TestCandidates.class})
class NewEndpointsHostileInputIntegrationTest {

    static final String LONG = "x".repeat(10_000);
    static final List<String> HOSTILE = List.of("", " ", "abc", "2026-13-45", "-1", "99999999999999999999", "1e9",
            "<script>alert(1)</script>", "a\u0000b", "\u0000", "\u202Egnp.exe", LONG, UUID.randomUUID().toString());

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    TestUniversities universities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestCandidates candidates;

    private final List<String> failures = new ArrayList<>();

    private void send(MockHttpServletRequestBuilder request, String what) throws Exception {
        int client = CLIENTS.incrementAndGet();
        org.springframework.mock.web.MockHttpServletResponse response;
        try {
            response = mvc.perform(request.with(csrf()).header("Accept-Language", "en").with(r -> {
            r.setRemoteAddr("127.0.77." + (client % 250 + 1));
            return r;
        })).andReturn().getResponse();
        } catch (Exception e) {
            failures.add(what + " -> " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                    .lines().findFirst().orElse(""));
            return;
        }
        int s = response.getStatus();
        if (s >= 500 || !(s == 200 || s == 302 || s == 303 || s == 400 || s == 403 || s == 404 || s == 409
                || s == 422)) {
            failures.add(what + " -> " + s);
        }
    }

    private void each(String path, StaffPrincipal by, Map<String, String> good, String what) throws Exception {
        for (String field : good.keySet()) {
            // the field missing
            var missing = post(path).with(TestStaff.signedIn(by));
            good.forEach((k, v) -> {
                if (!k.equals(field)) {
                    missing.param(k, v);
                }
            });
            send(missing, what + " without " + field);
            for (String bad : HOSTILE) {
                var request = post(path).with(TestStaff.signedIn(by));
                good.forEach((k, v) -> request.param(k, k.equals(field) ? bad : v));
                send(request, what + " " + field + "=" + shorten(bad));
            }
        }
    }

    private static String shorten(String s) {
        return (s.length() > 30 ? s.substring(0, 30) + "…(" + s.length() + ")" : s).replace("\u0000", "\\0");
    }

    @Test
    void theRegistrarsQuotaFormsNeverFailWithA5xxNorWriteARefusedLine() throws Exception {
        String u = universities.create(List.of(TestUniversities.Programme.of("PHYSICS", 5)));
        StaffPrincipal registrar = staff.registrar(u);
        int before = lines(u);
        Map<String, String> line = new java.util.LinkedHashMap<>();
        line.put("year", "2027");
        line.put("programme", "PHYSICS");
        line.put("osysQuota", "30");
        line.put("osysSource", "ÖSYS 2026 Tercih Kılavuzu, Tablo 4");
        line.put("foreignQuota", "15");
        line.put("tuition", "25000");
        line.put("currency", "USD");
        each("/staff/admissions/quotas", registrar, line, "quota line");
        Map<String, String> transfer = new java.util.LinkedHashMap<>();
        transfer.put("year", "2027");
        transfer.put("intake", TestUniversities.INTAKE);
        transfer.put("from", "PHYSICS");
        transfer.put("to", "LAW");
        transfer.put("seats", "1");
        transfer.put("boardDecision", "2026/12");
        transfer.put("yokDecision", "YÖK 2026/1");
        each("/staff/admissions/quotas/transfers", registrar, transfer, "quota transfer");
        assertThat(failures).isEmpty();
        // A programme no university has, NUL or 10k characters is never a line of the register.
        assertThat(jdbc.sql("SELECT count(*) FROM admission_quota_register WHERE university = ? AND programme <> 'PHYSICS'")
                .param(u).query(Integer.class).single()).isZero();
        assertThat(lines(u)).isGreaterThanOrEqualTo(before);
    }

    @Test
    void aNulInAFormIsA400AndATuitionTooLargeForTheRegisterIsTheFormsError() throws Exception {
        String u = universities.create(List.of(TestUniversities.Programme.of("PHYSICS", 5)));
        StaffPrincipal registrar = staff.registrar(u);
        var line = post("/staff/admissions/quotas").with(TestStaff.signedIn(registrar)).with(csrf()).param("year", "2027")
                .param("programme", "PHYSICS").param("osysQuota", "30").param("foreignQuota", "15");
        mvc.perform(line.param("osysSource", "ÖSYS\u0000").param("tuition", "1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(post("/staff/admissions/quotas").with(TestStaff.signedIn(registrar)).with(csrf())
                .param("year", "2027").param("programme", "PHYSICS").param("osysQuota", "30")
                .param("foreignQuota", "15").param("osysSource", "ÖSYS").param("tuition", "99999999999999999999")
                .param("currency", "USD"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "admissions.quota.error.input"));
        assertThat(lines(u)).isZero();
    }

    @Test
    void theResidenceApisSignInTakesHostileJsonAsA4xx() throws Exception {
        for (String bad : List.of("\\u0000", "a\\u0000b", "\u202E", "<script>", LONG, "2026-13-45")) {
            String q = "\"" + bad + "\"";
            for (String[] call : new String[][] {
                    {"/api/v1/residence/codes", "{\"applicationNumber\": " + q + ", \"passportNumber\": " + q + "}"},
                    {"/api/v1/residence/tokens", "{\"applicationNumber\": " + q + ", \"passportNumber\": " + q
                            + ", \"code\": " + q + "}"},
                    {"/api/v1/residence/pre-registrations", "{\"applicationKind\": \"FIRST\", \"givenNames\": " + q
                            + ", \"surname\": " + q + ", \"birthDate\": " + q + ", \"nationality\": " + q
                            + ", \"passportNumber\": " + q + ", \"email\": " + q + ", \"mobile\": " + q + "}"}}) {
                send(post(call[0]).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(call[1]),
                        call[0] + " " + shorten(bad));
            }
        }
        assertThat(failures).isEmpty();
    }

    private int lines(String u) {
        return jdbc.sql("SELECT count(*) FROM admission_quota_register WHERE university = ?").param(u)
                .query(Integer.class).single();
    }

    @Test
    void lettersEvaluationAndEnrolmentOfUnknownOrHostileNumbersNeverFailWithA5xx() throws Exception {
        String u = universities.create(List.of(TestUniversities.Programme.of("PHYSICS", 5)));
        StaffPrincipal registrar = staff.registrar(u);
        StaffPrincipal committee = staff.committeeMember(u);
        for (String number : List.of("abc", "2026-13-45", "<script>", "%00", "%E2%80%AE", "x".repeat(2000),
                UUID.randomUUID().toString(), "99999999999999999999")) {
            send(post("/staff/admissions/" + number + "/letter").with(TestStaff.signedIn(registrar)), "letter " + shorten(number));
            send(post("/staff/admissions/" + number + "/enrolment").with(TestStaff.signedIn(registrar))
                    .param("studentNumber", "a\u0000b").param("documentsChecked", "true"), "enrol " + shorten(number));
            send(post("/staff/admissions/" + number + "/evaluation").with(TestStaff.signedIn(committee))
                    .param("score", "abc"), "evaluation " + shorten(number));
            send(post("/staff/admissions/letters/" + number).with(TestStaff.signedIn(registrar)),
                    "letters of intake " + shorten(number));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theDocumentMarksReviewReportsAndDeadlinesNeverFailWithA5xxNorMarkOnHostileInput() throws Exception {
        String u = universities.create(List.of(TestUniversities.Programme.of("PHYSICS", 5)));
        TestCandidates.Submitted file = candidates.submitted(u, "127.0.78.1");
        StaffPrincipal registrar = staff.registrar(u);
        Map<String, String> mark = new java.util.LinkedHashMap<>();
        mark.put("mark", "NOT_VALID");
        mark.put("note", "Unreadable scan");
        mark.put("correctBy-day", "1");
        mark.put("correctBy-month", "1");
        mark.put("correctBy-year", "2099");
        each("/staff/admissions/" + file.number().value() + "/documents/PASSPORT/mark", registrar, mark,
                "document mark");
        each("/staff/admissions/review", staff.universityAdmin(u), Map.of("note", "Senate decision 2027/4"),
                "directive review");
        for (String bad : HOSTILE) {
            send(get("/staff/admissions/quotas/export.csv").with(TestStaff.signedIn(registrar)).param("year", bad)
                    .param("dialect", bad), "register export " + shorten(bad));
            send(get("/staff/admissions/quotas/export.pdf").with(TestStaff.signedIn(registrar)).param("year", bad),
                    "register pdf " + shorten(bad));
            send(get("/staff/admissions/reports/yok-students.csv").with(TestStaff.signedIn(registrar))
                    .param("year", bad).param("dialect", bad), "yök export " + shorten(bad));
            send(post("/staff/university/intake/" + UUID.randomUUID() + "/deadlines")
                    .with(TestStaff.signedIn(staff.universityOffice(u))).param("studyChange-day", bad)
                    .param("met", bad), "deadlines " + shorten(bad));
        }
        for (String path : List.of("abc", "%00", "x".repeat(500), "<script>")) {
            send(get("/staff/admissions/reports/intakes/" + path + "/" + path).with(TestStaff.signedIn(registrar)),
                    "dashboard " + shorten(path));
        }
        assertThat(failures).isEmpty();
        // The form was reached (the variants without a note are good marks) ...
        assertThat(jdbc.sql("SELECT count(*) FROM admission_document_mark WHERE number = ?")
                .param(file.number().value()).query(Integer.class).single()).isOne();
        // ... and a refused note (10,000 characters, a bidi control) is never a mark's note.
        assertThat(jdbc.sql("SELECT count(*) FROM admission_document_mark WHERE length(note) > 1000 OR note LIKE ?")
                .param("%\u202E%").query(Integer.class).single()).isZero();
    }

    @Test
    void theUniversityOfficeAndLetterStartNeverFailWithA5xx() throws Exception {
        String u = universities.create(List.of(TestUniversities.Programme.of("PHYSICS", 5)));
        StaffPrincipal office = staff.universityOffice(u);
        for (String bad : HOSTILE) {
            send(post("/staff/university/intake/bulk").with(TestStaff.signedIn(office)).param("number", bad), "bulk " + shorten(bad));
            send(post("/staff/university/intake/" + UUID.randomUUID()).with(TestStaff.signedIn(office))
                    .param("received", bad).param("note", bad).param("forwarded", bad), "intake record " + shorten(bad));
            send(post("/residence/apply/from-letter").param("code", bad).param("shareWithUniversity", bad),
                    "letter start " + shorten(bad));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void visaStaffStepsOnUnknownFilesAndHostileNotesNeverFailWithA5xx() throws Exception {
        StaffPrincipal admin = staff.admin();
        for (String bad : HOSTILE) {
            UUID id = UUID.randomUUID();
            send(post("/staff/visa/centre/" + id + "/INCOMPLETE").with(TestStaff.signedIn(admin)).param("note", bad),
                    "centre incomplete " + shorten(bad));
            send(post("/staff/visa/consulate/" + id + "/REQUEST_DOCUMENTS").with(TestStaff.signedIn(admin))
                    .param("note", bad), "request documents " + shorten(bad));
            send(post("/staff/visa/consulate/" + id + "/REFUSE").with(TestStaff.signedIn(admin)).param("ground", bad)
                    .param("explanation", bad), "refuse " + shorten(bad));
            send(post("/staff/visa/consulate/" + id + "/ISSUE").with(TestStaff.signedIn(admin))
                    .param("validFrom-day", bad).param("entries", bad).param("annotations", bad), "issue " + shorten(bad));
            send(post("/staff/visa/centre/" + id + "/SEND_BY_COURIER").with(TestStaff.signedIn(admin))
                    .param("tracking", bad), "courier " + shorten(bad));
            send(post("/staff/visa/centre/" + id + "/NO_SHOW").with(TestStaff.signedIn(admin)), "no-show");
            send(post("/staff/visa/consulate/" + id + "/AUTHORITY_CONSULTED").with(TestStaff.signedIn(admin))
                    .param("consultedOn", bad), "authority consulted " + shorten(bad));
            send(post("/visa/file/sign-in").param("email", bad), "visa sign-in " + shorten(bad));
            send(post("/visa/file/sign-in/code").param("code", bad), "visa code " + shorten(bad));
        }
        send(post("/staff/visa/centre/not-a-uuid/RECEIVE").with(TestStaff.signedIn(admin)), "centre malformed id");
        assertThat(failures).isEmpty();
    }
}
