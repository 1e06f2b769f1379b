package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Every kind of bad input to the API answers a 4xx application/problem+json, over real HTTP. */
@PassageIntegrationTest
class ApiProblemDetailsIntegrationTest {

    private static final String VALID = """
            {"applicant": {"name": "Ada", "birthDate": "1990-05-17"}, "kind": "STUDENT", "count": 1}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void validInputIsAccepted() throws Exception {
        HttpResponse<String> response = post("/api/test/applications", "application/json", VALID);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json", "{\"applicant\": {"), 400);
        assertThat(problem.get("detail").asString()).contains("not valid JSON");
        assertThat(problem.get("errors")).hasSize(1);
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json",
                VALID.replace("\"count\": 1", "\"count\": \"many\"")), 400);
        assertThat(onlyField(problem)).isEqualTo("count");
    }

    @Test
    void unknownFieldIsRefusedWithItsPath() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json",
                VALID.replace("\"name\": \"Ada\"", "\"name\": \"Ada\", \"nickname\": \"A\"")), 400);
        assertThat(onlyField(problem)).isEqualTo("applicant.nickname");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Unknown field.");
    }

    @Test
    void invalidEnumValueNamesTheFieldAndTheAllowedValues() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json",
                VALID.replace("STUDENT", "TOURIST")), 400);
        assertThat(onlyField(problem)).isEqualTo("kind");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("STUDENT", "FAMILY");
    }

    @Test
    void invalidDateNamesTheDottedPath() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json",
                VALID.replace("1990-05-17", "1990-13-45")), 400);
        assertThat(onlyField(problem)).isEqualTo("applicant.birthDate");
        assertThat(problem.get("errors").get(0).get("message").asString()).doesNotContain("1990-13-45");
    }

    @Test
    void beanValidationErrorsListEveryField() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json", """
                {"applicant": {"name": " ", "birthDate": "2190-01-01"}, "kind": "FAMILY", "count": 0}"""), 400);
        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("applicant.name", "applicant.birthDate", "count");
    }

    @Test
    void missingBodyIsA400Problem() throws Exception {
        JsonNode problem = problem(post("/api/test/applications", "application/json", ""), 400);
        assertThat(problem.get("errors")).hasSize(1);
    }

    @Test
    void wrongContentTypeIsA415Problem() throws Exception {
        problem(post("/api/test/applications", "text/plain", VALID), 415);
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/applications")).DELETE());
        problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void unknownApiPathIsA404ProblemForAnyMethod() throws Exception {
        problem(send(HttpRequest.newBuilder(uri("/api/no/such/thing")).GET()), 404);
        problem(post("/api/no/such/thing", "application/json", "{bad json"), 404);
    }

    @Test
    void bodyOverOneMebibyteIsRefusedBeforeParsing() throws Exception {
        String big = "{\"applicant\": {\"name\": \"" + "a".repeat(1024 * 1024) + "\"}}";
        problem(post("/api/test/applications", "application/json", big), 413);
    }

    @Test
    void chunkedBodyOverOneMebibyteIsRefusedWhileReading() throws Exception {
        byte[] big = ("{\"applicant\": {\"name\": \"" + "a".repeat(1024 * 1024 + 10) + "\"}}").getBytes();
        // No Content-Length: the JDK client sends a body of unknown length chunked.
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/applications"))
                .header("Content-Type", "application/json").POST(chunked));
        problem(response, 413);
    }

    @Test
    void errorResponseOfAnotherModuleKeepsStatusAndFieldErrors() throws Exception {
        JsonNode problem = problem(send(HttpRequest.newBuilder(uri("/api/test/module-problem")).GET()), 422);
        assertThat(problem.get("detail").asString()).isEqualTo("Not eligible.");
        assertThat(onlyField(problem)).isEqualTo("applicant.birthDate");
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternals() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/failure")).GET());
        problem(response, 500);
        assertThat(response.body()).doesNotContain("internal detail", "IllegalStateException", "trace", "at org.");
    }

    @Test
    void apiAnswersProblemJsonEvenToAClientThatAcceptsOnlyHtml() throws Exception {
        problem(send(HttpRequest.newBuilder(uri("/api/test/module-problem")).header("Accept", "text/html").GET()), 422);
        problem(send(HttpRequest.newBuilder(uri("/api/no/such/thing")).header("Accept", "text/html").GET()), 404);
    }

    @Test
    void problemDetailIsLocalizedByAcceptLanguage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/applications"))
                .header("Content-Type", "application/json").header("Accept-Language", "de")
                .POST(BodyPublishers.ofString("{oops")));
        assertThat(problem(response, 400).get("detail").asString()).isEqualTo("Der Anfrageinhalt ist kein gültiges JSON.");
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(Arrays.asList("type", "title", "detail")).allSatisfy(member ->
                assertThat(problem.get(member)).as(member).isNotNull());
        return problem;
    }

    private static String onlyField(JsonNode problem) {
        assertThat(problem.get("errors")).as(problem.toString()).hasSize(1);
        return problem.get("errors").get(0).get("field").asString();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
