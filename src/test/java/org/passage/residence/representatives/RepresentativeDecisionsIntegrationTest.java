package org.passage.residence.representatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.directorate.TestCases;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.api.internal.ApplicationTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A representative reads the decision (the letter, the status's decision) only under a mandate to
 * receive decisions; without one the letter is a 403 problem and the status leaves the decision out.
 * Every read of a representative is audited.
 */
@PassageIntegrationTest
class RepresentativeDecisionsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCases cases;
    @Autowired
    ApplicationReviews reviews;
    @Autowired
    ApplicationTokens applicantTokens;
    @Autowired
    RepresentativeTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void onlyAMandateToReceiveDecisionsOpensTheDecisionAndEveryReadIsAudited() throws Exception {
        ApplicationNumber client = rejected();
        String letter = "/api/v1/residence/applications/" + client.formatted() + "/decision-letter";
        String status = "/api/v1/residence/applications/" + client.formatted() + "/status";
        UUID filer = verifiedAgency();
        String filing = mandate(filer, client, "APPLY,UPLOAD");
        UUID receiver = verifiedAgency();
        String receiving = mandate(receiver, client, "RECEIVE_DECISIONS");

        mvc.perform(get(letter).header("Authorization", "Bearer " + filing))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(status).header("Authorization", "Bearer " + filing))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.sections.decision").doesNotExist());

        mvc.perform(get(letter).header("Authorization", "Bearer " + receiving))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get(status).header("Authorization", "Bearer " + receiving))
                .andExpect(jsonPath("$.sections.decision.outcome").value("REJECTED"));
        // The applicant reads their own decision as ever.
        mvc.perform(get(letter).header("Authorization", "Bearer " + applicantTokens.issue(client)))
                .andExpect(status().isOk());

        var reads = audit.bySubject(client.value(), 100).stream()
                .filter(e -> e.action().equals(AuditTrail.PERSONAL_DATA_VIEWED)
                        && e.actor().kind() == AuditActor.Kind.REPRESENTATIVE)
                .toList();
        assertThat(reads).filteredOn(e -> e.actor().id().equals(receiver.toString()))
                .extracting(e -> e.details().get("operation").toString())
                .containsExactlyInAnyOrder("GET " + letter, "GET " + status);
        assertThat(reads).filteredOn(e -> e.actor().id().equals(filer.toString()))
                .extracting(e -> e.details().get("operation").toString())
                .containsExactly("GET " + status);
    }

    @Test
    void anUndecidedApplicationHasNoLetterYet() throws Exception {
        ApplicationNumber client = cases.booked(new ProvinceCode("16"), Locale.ENGLISH);
        mvc.perform(get("/api/v1/residence/applications/" + client.formatted() + "/decision-letter")
                        .header("Authorization", "Bearer " + applicantTokens.issue(client)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/residence/applications/" + client.formatted() + "/decision-letter"))
                .andExpect(status().isUnauthorized());
    }

    private ApplicationNumber rejected() {
        ApplicationNumber number = cases.appointmentToday(new ProvinceCode("16"));
        Actor officer = Actor.staff("officer-decisions-test");
        reviews.attended(number, officer);
        reviews.reject(number, List.of("CONDITIONS_NOT_MET"), "No enrolment", officer);
        return number;
    }

    /** A verified organisation, written as the administrator's verification leaves it. */
    private UUID verifiedAgency() {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO representative (id, kind, name, email, created_at, email_confirmed_at, verified_at,
                    verified_by) VALUES (?, 'ORGANISATION', 'University Office', ?, ?, ?, ?, 'admin')""")
                .params(id, "office-" + id + "@example.org", now, now, now).update();
        return id;
    }

    /** A mandate the applicant confirmed; the representative's token. */
    private String mandate(UUID representative, ApplicationNumber client, String scopes) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO representative_mandate (id, representative_id, number, scopes, ends_on, requested_at,
                    confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), representative, client.value(), scopes,
                        Date.valueOf(LocalDate.now(clock).plusMonths(1)), now, now).update();
        return tokens.issue(representative).token();
    }
}
