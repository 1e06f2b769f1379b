package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Uploads over real HTTP: multipart requests may carry a document of up to 10 MiB past the 1 MiB
 * body limit of every other request; anything larger is a clean 413.
 */
@PassageIntegrationTest
class DocumentUploadHttpIntegrationTest {

    private static final int MEBIBYTE = 1024 * 1024;
    private static final String BOUNDARY = "passage-" + UUID.randomUUID();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Documents documents;

    @Test
    void anUploadOfTenMebibytesPassesTheBodyLimitAndIsStored() throws Exception {
        HttpResponse<String> response = upload("/api/test/documents", "passport.pdf", TestFiles.pdfOfSize(10 * MEBIBYTE), "en");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stored = json.readTree(response.body());
        assertThat(stored.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(stored.get("size").asLong()).isEqualTo(10 * MEBIBYTE);
        assertThat(documents.find(DocumentId.parse(stored.get("id").asString()))).isPresent();
    }

    @Test
    void anUploadOfElevenMebibytesIsA413Problem() throws Exception {
        HttpResponse<String> response = upload("/api/test/documents", "passport.pdf", TestFiles.pdfOfSize(11 * MEBIBYTE), "de");

        JsonNode problem = problem(response, 413);
        assertThat(problem.get("title").asString()).isEqualTo("Anfrage zu groß");
    }

    @Test
    void aChunkedUploadOfElevenMebibytesIsA413Problem() throws Exception {
        byte[] body = multipart("passport.pdf", TestFiles.pdfOfSize(11 * MEBIBYTE));
        // No Content-Length: the JDK client sends a body of unknown length chunked.
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(chunked), "de");

        JsonNode problem = problem(response, 413);
        assertThat(problem.get("detail").asString()).isEqualTo("Der Anfrageinhalt ist größer als erlaubt.");
    }

    @Test
    void anUploadOfElevenMebibytesFromAPageGoesBackToThatPageToSaySoThere() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/test/documents"))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(multipart("passport.pdf", TestFiles.pdfOfSize(11 * MEBIBYTE)))), "tr");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/test/documents?too-large");
    }

    @Test
    void aDocumentOneByteOverTheLimitInsideTheRequestLimitIsRefusedAsTooLarge() throws Exception {
        HttpResponse<String> response = upload("/api/test/documents", "passport.pdf", TestFiles.pdfOfSize(10 * MEBIBYTE + 1), "en");

        JsonNode problem = problem(response, 413);
        assertThat(problem.get("reason").asString()).isEqualTo("TOO_LARGE");
        assertThat(problem.get("detail").asString()).isEqualTo("The file is too large: it may be at most 10 MB.");
    }

    @Test
    void aPdfDisguisedAsAPhotoIsA422ProblemWithItsReason() throws Exception {
        HttpResponse<String> response = upload("/api/test/documents?kind=PHOTO", "photo.png", TestFiles.pdf(), "tr");

        JsonNode problem = problem(response, 422);
        assertThat(problem.get("reason").asString()).isEqualTo("NOT_AN_IMAGE");
        assertThat(problem.get("detail").asString()).isEqualTo("Fotoğraf, JPEG veya PNG biçiminde bir resim olmalıdır.");
    }

    @Test
    void otherRequestsKeepTheOneMebibyteLimit() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/test/documents"))
                .header("Content-Type", "application/octet-stream")
                .POST(BodyPublishers.ofByteArray(new byte[MEBIBYTE + 1])), "en");

        problem(response, 413);
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content, String language) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(multipart(fileName, content))), language);
    }

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                // What the client claims is ignored: the type comes from the content.
                + "Content-Type: " + MediaType.APPLICATION_PDF_VALUE + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
        return http.send(request.header("Accept-Language", language).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
