package org.passage.residence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passage.PassageIntegrationTest;
import org.passage.documents.TestFiles;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.api.internal.ApplicationTokens;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.representatives.MandateScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every write of the applicant's API (POST, PUT, DELETE under {@code /applications/{number}}) takes an
 * {@code Idempotency-Key}: the same key and body answer the first result again without doing it twice,
 * the same key with another body is a 422 problem. Submitting has its own test
 * ({@code ResidenceApiIntegrationTest}); this walks the others.
 */
@PassageIntegrationTest
class IdempotentWritesApiIntegrationTest {

    private static final String API = "/api/v1/residence/applications/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationTokens tokens;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.passage.residence.representatives.RepresentativeTokens representativeTokens;
    @Autowired
    Clock clock;

    /** One write: how to set its application up, the request, and the same request with another body. */
    interface Write {
        Prepared prepare(IdempotentWritesApiIntegrationTest test) throws Exception;
    }

    record Prepared(ApplicationNumber number, AbstractMockHttpServletRequestBuilder<?> first, AbstractMockHttpServletRequestBuilder<?> again,
            AbstractMockHttpServletRequestBuilder<?> other) {
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> writes() {
        return Stream.of(
                write("PUT /form/{page}", t -> {
                    ApplicationNumber n = t.applications.draftStudent(ProvinceCode.ISTANBUL);
                    return new Prepared(n, t.answer(n, "STUDENT"), t.answer(n, "STUDENT"), t.answer(n, "FAMILY"));
                }),
                write("POST /documents/{itemCode}", t -> {
                    ApplicationNumber n = t.answered();
                    return new Prepared(n, t.upload(n, TestFiles.pdf()), t.upload(n, TestFiles.pdf()),
                            t.upload(n, TestFiles.png()));
                }),
                write("DELETE /documents/{documentId}", t -> {
                    ApplicationNumber n = t.answered();
                    String id = JsonPath.read(t.mvc.perform(t.as(n, t.upload(n, TestFiles.pdf())))
                            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                            "$.documentId");
                    return new Prepared(n, delete(API + n.formatted() + "/documents/" + id),
                            delete(API + n.formatted() + "/documents/" + id),
                            withBody(delete(API + n.formatted() + "/documents/" + id)));
                }),
                write("POST /payment", t -> {
                    ApplicationNumber n = t.applications.submitStudent(new ProvinceCode("26"));
                    return new Prepared(n, post(API + n.formatted() + "/payment"), post(API + n.formatted() + "/payment"),
                            withBody(post(API + n.formatted() + "/payment")));
                }),
                write("PUT /appointment", t -> {
                    ApplicationNumber n = t.paid();
                    List<String> days = t.freeDays(n);
                    return new Prepared(n, t.book(n, days.getFirst()), t.book(n, days.getFirst()),
                            t.book(n, days.get(1)));
                }),
                write("DELETE /appointment", t -> {
                    ApplicationNumber n = t.paid();
                    t.mvc.perform(t.as(n, t.book(n, t.freeDays(n).getFirst()))).andExpect(status().isOk());
                    return new Prepared(n, delete(API + n.formatted() + "/appointment"),
                            delete(API + n.formatted() + "/appointment"),
                            withBody(delete(API + n.formatted() + "/appointment")));
                }),
                write("DELETE /mandates/{mandateId}", t -> {
                    ApplicationNumber n = t.applications.draftStudent(ProvinceCode.ISTANBUL);
                    UUID mandate = t.mandate(n);
                    return new Prepared(n, delete(API + n.formatted() + "/mandates/" + mandate),
                            delete(API + n.formatted() + "/mandates/" + mandate),
                            withBody(delete(API + n.formatted() + "/mandates/" + mandate)));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theSameKeyAndBodyAnswerTheFirstResultAndAnotherBodyIsRefused(String operation, Write write) throws Exception {
        Prepared prepared = write.prepare(this);
        String key = "key-" + UUID.randomUUID();

        MvcResult first = mvc.perform(as(prepared.number(), prepared.first()).header("Idempotency-Key", key))
                .andReturn();
        int status = first.getResponse().getStatus();
        assertThat(status).as(first.getResponse().getContentAsString()).isBetween(200, 299);
        MvcResult again = mvc.perform(as(prepared.number(), prepared.again()).header("Idempotency-Key", key))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(status);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        // Kept once, as the first answer.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM residence_api_idempotency
                WHERE number = ? AND idempotency_key = ? AND response_status = ?""")
                .params(prepared.number().value(), key, status).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(as(prepared.number(), prepared.other()).header("Idempotency-Key", key)
                        .header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
        if (operation.startsWith("POST /documents")) {
            assertThat(journey.attachments(prepared.number())).hasSize(1);
        }
    }

    @org.junit.jupiter.api.Test
    void aBadKeyIsAProblemAndAnotherApplicantsKeyOpensNothing() throws Exception {
        ApplicationNumber mine = applications.draftStudent(ProvinceCode.ISTANBUL);
        mvc.perform(as(mine, answer(mine, "STUDENT")).header("Idempotency-Key", "bad key"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(as(mine, answer(mine, "STUDENT")).header("Idempotency-Key", "shared-key")).andExpect(status().isOk());
        // Another applicant with the same key and body on this application: 404, never the first answer.
        ApplicationNumber theirs = applications.draftStudent(ProvinceCode.ISTANBUL);
        mvc.perform(answer(mine, "STUDENT").header("Authorization", "Bearer " + tokens.issue(theirs))
                        .header("Idempotency-Key", "shared-key"))
                .andExpect(status().isNotFound());
    }

    @org.junit.jupiter.api.Test
    void aRepresentativesRepeatedWriteIsRecordedOnBehalfOnceAndNeedsTheScope() throws Exception {
        ApplicationNumber client = answered();
        UUID mandate = mandate(client);
        UUID representative = jdbc.sql("SELECT representative_id FROM representative_mandate WHERE id = ?")
                .param(mandate).query(UUID.class).single();
        String token = representativeTokens.issue(representative).token();
        for (int call = 0; call < 2; call++) {
            mvc.perform(answer(client, "STUDENT").header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", "rep-key"))
                    .andExpect(status().isOk());
        }
        assertThat(journey.history(client)).filteredOn(t -> t.action().equals(
                org.passage.residence.representatives.RepresentativeActions.ACTED_ON_BEHALF)).hasSize(1);
        // The mandate covers APPLY only: an upload with a key is refused by the mandate check, not replayed.
        mvc.perform(upload(client, TestFiles.pdf()).header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", "rep-upload"))
                .andExpect(status().isForbidden());
        assertThat(journey.attachments(client)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theOpenApiDocumentDescribesTheKeyAndTheNewOperations() throws Exception {
        String paths = "$.paths['/api/v1/residence/applications/{number}";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(paths + "/appointment'].put.parameters[?(@.name == 'Idempotency-Key')].in")
                        .value(org.hamcrest.Matchers.contains("header")))
                .andExpect(jsonPath(paths + "/documents/{documentId}'].delete.parameters[?(@.name == "
                        + "'Idempotency-Key')]").isNotEmpty())
                .andExpect(jsonPath(paths + "/submission'].post.parameters[?(@.name == 'Idempotency-Key')]",
                        org.hamcrest.Matchers.hasSize(1)))
                .andExpect(jsonPath(paths + "/registration-document'].get").exists())
                .andExpect(jsonPath(paths + "/receipt'].get").exists());
    }

    private AbstractMockHttpServletRequestBuilder<?> answer(ApplicationNumber number, String permitType) {
        return put(API + number.formatted() + "/form/permit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"permitType\": \"" + permitType + "\"}}");
    }

    private AbstractMockHttpServletRequestBuilder<?> upload(ApplicationNumber number, byte[] file) {
        return multipart(API + number.formatted() + "/documents/PASSPORT_COPY")
                .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", file));
    }

    private AbstractMockHttpServletRequestBuilder<?> book(ApplicationNumber number, String day) {
        return put(API + number.formatted() + "/appointment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"province\": \"26\", \"date\": \"" + day + "\"}");
    }

    private List<String> freeDays(ApplicationNumber number) throws Exception {
        List<String> free = JsonPath.read(mvc.perform(as(number, get(API + number.formatted()
                        + "/appointment/days?province=26")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.days[?(@.available == true)].date");
        assertThat(free).hasSizeGreaterThan(1);
        return free;
    }

    /** A draft whose form is answered, so that its checklist is known. */
    private ApplicationNumber answered() {
        ApplicationNumber number = applications.draftStudent(ProvinceCode.ISTANBUL);
        applications.completeStudentAnswers(number);
        return number;
    }

    /** A submitted student of Eskişehir whose fee is paid. */
    private ApplicationNumber paid() throws Exception {
        ApplicationNumber number = applications.submitStudent(new ProvinceCode("26"));
        String started = mvc.perform(as(number, post(API + number.formatted() + "/payment")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post(URI.create(JsonPath.read(started, "$.redirectUrl")).getPath())
                        .param("cardNumber", "4111 1111 1111 1111").param("expiry", "12/39")
                        .param("securityCode", "123").with(csrf()))
                .andExpect(status().is3xxRedirection());
        return number;
    }

    /** A live mandate of a verified representative for the application. */
    private UUID mandate(ApplicationNumber number) {
        UUID representative = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO representative (id, kind, name, email, created_at, email_confirmed_at, verified_at, verified_by)
                VALUES (?, 'ORGANISATION', 'Key Test Agency', ?, ?, ?, ?, 'admin')""")
                .params(representative, "key-" + representative + "@example.org", now, now, now).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO representative_mandate (id, representative_id, number, scopes, ends_on, requested_at, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, representative, number.value(), MandateScope.store(Set.of(MandateScope.APPLY)),
                        Date.valueOf(LocalDate.now(clock).plusMonths(1)), now, now).update();
        return id;
    }

    private AbstractMockHttpServletRequestBuilder<?> as(ApplicationNumber number, AbstractMockHttpServletRequestBuilder<?> request) {
        return request.header("Authorization", "Bearer " + tokens.issue(number));
    }

    private static AbstractMockHttpServletRequestBuilder<?> withBody(AbstractMockHttpServletRequestBuilder<?> request) {
        return request.contentType(MediaType.APPLICATION_JSON).content("{\"another\": \"body\"}");
    }

    private static org.junit.jupiter.params.provider.Arguments write(String name, Write write) {
        return org.junit.jupiter.params.provider.Arguments.of(name, write);
    }
}
