package org.passage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against a local fake S3 server that keeps objects in memory and records every request. */
class S3DocumentStoreTest {

    private static final String BUCKET = "passage-documents";
    private static final String ACCESS_KEY = "AKIAPASSAGETEST";
    private static final String SECRET_KEY = "passage-secret-key-never-sent";

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private HttpServer server;
    private S3DocumentStore store;

    @TempDir
    Path staging;

    record Recorded(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startFakeS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        store = new S3DocumentStore(new DocumentsProperties.S3(endpoint, BUCKET, "eu-central-1", ACCESS_KEY, SECRET_KEY, true));
    }

    @AfterEach
    void stopFakeS3() {
        store.close();
        server.stop(0);
    }

    @Test
    void aDocumentRoundTripsThroughTheBucketUnderItsIdOnly() throws IOException {
        DocumentId id = DocumentId.random();
        byte[] content = TestFiles.pdf();

        store.put(id, staged(content));

        assertThat(objects).containsOnlyKeys("/" + BUCKET + "/" + id);
        assertThat(objects.get("/" + BUCKET + "/" + id)).isEqualTo(content);
        try (InputStream in = store.open(id)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(requests).extracting(Recorded::method, Recorded::path).containsExactly(
                tuple("PUT", "/" + BUCKET + "/" + id),
                tuple("GET", "/" + BUCKET + "/" + id));
    }

    @Test
    void everyRequestIsSignedWithSignatureVersion4AndNeverCarriesTheSecret() throws IOException {
        DocumentId id = DocumentId.random();
        byte[] content = TestFiles.png();
        store.put(id, staged(content));
        store.open(id).close();
        store.delete(id);

        assertThat(requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.header("Authorization")).matches("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY
                    + "/\\d{8}/eu-central-1/s3/aws4_request, SignedHeaders=([a-z0-9-]+;)*host(;[a-z0-9-]+)*, Signature=[0-9a-f]{64}");
            assertThat(request.header("Authorization")).contains("x-amz-date").contains("x-amz-content-sha256");
            assertThat(request.header("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
            assertThat(request.headers().toString()).doesNotContain(SECRET_KEY);
        });
        // The body itself is signed: its SHA-256 is in the signed x-amz-content-sha256 header.
        assertThat(requests.getFirst().header("X-Amz-Content-Sha256"))
                .isEqualTo(HexFormat.of().formatHex(Sha256.newDigest().digest(content)));
    }

    @Test
    void deleteRemovesTheObjectAndItCannotBeOpenedAfterwards() throws IOException {
        DocumentId id = DocumentId.random();
        store.put(id, staged(TestFiles.jpeg()));

        store.delete(id);

        assertThat(objects).isEmpty();
        assertThat(requests.getLast().method()).isEqualTo("DELETE");
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void deletingAnObjectThatIsNotThereIsNoError() throws IOException {
        store.delete(DocumentId.random());

        assertThat(requests).extracting(Recorded::method).containsExactly("DELETE");
    }

    @Test
    void aServerErrorOnPutIsAnIOException() throws IOException {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, 403, error("AccessDenied", "Access Denied"));
        });

        assertThatThrownBy(() -> store.put(DocumentId.random(), staged(TestFiles.pdf()))).isInstanceOf(IOException.class);
    }

    private Path staged(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(staging, "staged", ".part"), content);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        requests.add(new Recorded(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                objects.put(path, body);
                exchange.getResponseHeaders().add("ETag", "\"" + HexFormat.of().formatHex(body, 0, Math.min(16, body.length)) + "\"");
                respond(exchange, 200, new byte[0]);
            }
            case "GET" -> {
                byte[] object = objects.get(path);
                if (object == null) {
                    respond(exchange, 404, error("NoSuchKey", "The specified key does not exist."));
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    respond(exchange, 200, object);
                }
            }
            case "DELETE" -> {
                objects.remove(path);
                respond(exchange, 204, null);
            }
            default -> respond(exchange, 405, error("MethodNotAllowed", "Not here."));
        }
    }

    private static byte[] error(String code, String message) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            if (status >= 300) {
                exchange.getResponseHeaders().add("Content-Type", "application/xml");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
