package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser pages get a localized error page, never a stack trace. */
@PassageIntegrationTest
class ErrorPagesIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void unknownPageShowsTheLocalizedNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no/such/page", "de");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"de\">", "Seite nicht gefunden", "Zurück zur Startseite");
    }

    @Test
    void theLanguageSwitcherWorksOnErrorPagesToo() throws Exception {
        HttpResponse<String> response = get("/no/such/page?lang=tr", "en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"tr\">", "Sayfa bulunamadı", "href=\"/no/such/page?lang=de\"");
    }

    @Test
    void failingPageShowsTheLocalizedErrorPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/test/page-failure", "tr");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Bir şeyler ters gitti").doesNotContain("IllegalStateException", "internal detail");
    }

    @Test
    void wrongMethodOnAPageShowsTheMethodNotAllowedPage() throws Exception {
        HttpResponse<String> response = get("/test/page-form", "de");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Methode nicht erlaubt");
    }

    @Test
    void formPostWithoutCsrfTokenSaysTheSessionHasExpired() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/test/page-form"))
                .header("Accept-Language", "en").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("a=b")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<html lang=\"en\">", "Your session has expired",
                "href=\"/test/page-form\"");
    }

    @Test
    void malformedParameterOnAPageShowsTheBadRequestPage() throws Exception {
        HttpResponse<String> response = get("/test/page-number?number=abc", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bad request");
    }

    @Test
    void tooLargeFormShowsTheLocalizedPage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/"))
                .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("a=" + "b".repeat(1024 * 1024 + 1))).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Request too large");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
                .header("Accept", "text/html").GET().build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
