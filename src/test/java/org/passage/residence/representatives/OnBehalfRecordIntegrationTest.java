package org.passage.residence.representatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditTrail;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A representative's change and its record "on behalf of" (history, audit, the applicant's
 * notification) are kept together or not at all: a change that succeeds always has its record, a
 * refused one has none, and a change whose record cannot be written is not kept either.
 */
@PassageIntegrationTest
class OnBehalfRecordIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    RepresentativeTokens tokens;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aSuccessfulChangeAlwaysHasItsRecord() throws Exception {
        UUID agency = verifiedAgency();
        ApplicationNumber client = client();
        String token = mandate(agency, client, "APPLY,UPLOAD");

        mvc.perform(upload(client).header("Authorization", "Bearer " + token)).andExpect(status().isCreated());

        assertThat(journey.attachments(client)).hasSize(1);
        assertThat(journey.history(client)).filteredOn(t -> t.actor().kind() == Actor.Kind.REPRESENTATIVE)
                .singleElement().satisfies(t -> {
                    assertThat(t.action()).isEqualTo(RepresentativeActions.ACTED_ON_BEHALF);
                    assertThat(t.actor().id()).isEqualTo(agency.toString());
                });
        assertThat(audit.bySubject(client.value(), 50))
                .filteredOn(e -> e.action().equals(RepresentativeActions.ACTED_ON_BEHALF)).hasSize(1);
        assertThat(TestMailbox.awaitMessageTo(journey.load(client).contact().email(), "Your representative acted")
                .text()).contains(client.formatted());
    }

    @Test
    void aRefusedChangeLeavesNoRecord() throws Exception {
        UUID agency = verifiedAgency();
        ApplicationNumber client = client();
        String token = mandate(agency, client, "APPLY,UPLOAD");
        long told = acted();

        mvc.perform(put("/api/v1/residence/applications/" + client.formatted() + "/form/permit")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"permitType\": \"NO_SUCH_PERMIT\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertNoRecord(client, told);
    }

    @Test
    void aChangeWhoseRecordCannotBeWrittenIsNotKeptEither() throws Exception {
        UUID agency = verifiedAgency();
        ApplicationNumber client = client();
        String token = mandate(agency, client, "APPLY,UPLOAD");
        long told = acted();
        // The applicant cannot be told (their address is no longer one): the record fails after the change.
        jdbc.sql("UPDATE residence_application SET email = 'no longer an address' WHERE number = ?")
                .param(client.value()).update();

        assertThatThrownBy(() -> mvc.perform(upload(client).header("Authorization", "Bearer " + token)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-mail address");

        assertThat(journey.attachments(client)).isEmpty();
        assertNoRecord(client, told);
    }

    /** A student's draft with the answers that put the passport copy on its checklist. */
    private ApplicationNumber client() {
        ApplicationNumber number = applications.draftStudent(new ProvinceCode("06"));
        applications.completeStudentAnswers(number);
        return number;
    }

    private void assertNoRecord(ApplicationNumber client, long toldBefore) {
        assertThat(journey.history(client)).noneMatch(t -> t.actor().kind() == Actor.Kind.REPRESENTATIVE);
        assertThat(audit.bySubject(client.value(), 50))
                .noneMatch(e -> e.action().equals(RepresentativeActions.ACTED_ON_BEHALF));
        assertThat(acted()).isEqualTo(toldBefore);
    }

    private long acted() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE type = 'REPRESENTATIVE_ACTED'").query(Long.class)
                .single();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            ApplicationNumber client) {
        return multipart("/api/v1/residence/applications/" + client.formatted() + "/documents/PASSPORT_COPY")
                .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf()));
    }

    /** A verified organisation, written as the administrator's verification leaves it. */
    private UUID verifiedAgency() {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO representative (id, kind, name, email, created_at, email_confirmed_at, verified_at,
                    verified_by) VALUES (?, 'ORGANISATION', 'Global Students Agency', ?, ?, ?, ?, 'admin')""")
                .params(id, "agency-" + id + "@example.org", now, now, now).update();
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
