package org.passage.visa.file.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.passage.calendar.BusinessCalendar;
import org.passage.documents.TestFiles;
import org.passage.visa.GermanVisaRequest;
import org.passage.visa.GermanVisaRequest.Applicant;
import org.passage.visa.GermanVisaRequest.Family;
import org.passage.visa.GermanVisaRequest.Funding;
import org.passage.visa.GermanVisaRequest.LanguageCertificate;
import org.passage.visa.GermanVisaRequest.Spouse;
import org.passage.visa.file.VisaApplicant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Visa files for tests: a master's student travelling with a spouse, signed-in requests, uploads. */
@Component
class VisaFiling {

    private final VisaFileDesk desk;
    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;

    VisaFiling(VisaFileDesk desk, JdbcClient jdbc, BusinessCalendar calendar) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    static String newEmail() {
        return "visa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A master's student with a blocked account and a spouse whose A1 certificate was issued on {@code a1Issued}. */
    static GermanVisaRequest masterWithSpouse(LocalDate a1Issued, BigDecimal blockedAccount) {
        return new GermanVisaRequest("STUDY_MASTER", null, new Applicant(LocalDate.of(2000, 3, 4), "TR", false), 730,
                null, new Funding("BLOCKED_ACCOUNT", blockedAccount), null,
                new LanguageCertificate("GOETHE", "B2", null), LocalDate.of(2099, 4, 1),
                new Family(new Spouse(true, new LanguageCertificate("GOETHE", "A1", a1Issued), null), List.of()),
                null);
    }

    UUID file(String email, LocalDate a1Issued, BigDecimal blockedAccount) {
        return desk.create(email, Locale.ENGLISH, masterWithSpouse(a1Issued, blockedAccount));
    }

    static RequestPostProcessor as(String email) {
        RequestPostProcessor authentication = SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(new VisaApplicant(email), null,
                        List.of(new SimpleGrantedAuthority(VisaApplicant.ROLE))));
        return request -> {
            if (request.getSession(false) == null) {
                request.setSession(new MockHttpSession());
            }
            return authentication.postProcessRequest(request);
        };
    }

    static ResultActions upload(MockMvc mvc, String email, UUID file, String person, String code) throws Exception {
        boolean photo = code.contains("PHOTO");
        return mvc.perform(multipart("/visa/file/" + file + "/items/" + person + "/" + code)
                .file(new MockMultipartFile("file", photo ? "photo.png" : code.toLowerCase(Locale.ROOT) + ".pdf",
                        "application/octet-stream", photo ? TestFiles.png() : TestFiles.pdf()))
                .with(as(email)).with(csrf()));
    }

    /** The required items of the file, as person and code. */
    List<String[]> requiredItems(UUID file) {
        return jdbc.sql("SELECT person, code FROM visa_file_item WHERE file_id = ? AND required ORDER BY position")
                .param(file).query((rs, i) -> new String[] {rs.getString("person"), rs.getString("code")}).list();
    }

    /** Uploads a file for every required item but the ones named. */
    void uploadAllBut(MockMvc mvc, String email, UUID file, String... skipped) throws Exception {
        List<String> skip = List.of(skipped);
        for (String[] item : requiredItems(file)) {
            if (!skip.contains(item[0] + "/" + item[1])) {
                upload(mvc, email, file, item[0], item[1]);
            }
        }
    }

    /** A day the centres open, within the booking window. */
    LocalDate openDay() {
        LocalDate day = desk.today().plusDays(3);
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    String status(UUID file) {
        return jdbc.sql("SELECT status FROM visa_file WHERE id = ?").param(file).query(String.class).single();
    }

    int taken(LocalDate day) {
        return jdbc.sql("SELECT COALESCE(SUM(taken), 0) FROM place_pool WHERE pool = ?")
                .param(VisaFileDesk.pool("IST", day).value()).query(Integer.class).single();
    }

    boolean holds(UUID file, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM place_holding WHERE pool = ? AND holder = ?")
                .params(VisaFileDesk.pool("IST", day).value(), file.toString()).query(Integer.class).single() == 1;
    }
}
