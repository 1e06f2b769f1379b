package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.passage.PassageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Property-based fuzzing of every {@code /api/**} operation the application's OpenAPI document
 * lists: requests shaped by each operation's schema, with values of the wrong type, at the ends
 * of Java's ranges, or with hostile text, wrong methods, media types and headers, and raw request
 * lines Tomcat itself must refuse. Whatever arrives, the answer is never a 5xx and every error is
 * {@code application/problem+json}.
 *
 * <p>jqwik runs outside Spring's test context, so the application is started once for this class
 * on its own port (on the JVM's embedded PostgreSQL), with the per-address limits raised so that
 * the requests reach the code behind them instead of stopping at 429.
 */
class ApiFuzzIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ConfigurableApplicationContext app;
    private static int port;
    private static HttpClient http;
    private static final InetAddress CLIENT_ADDRESS = loopback(77);
    private static JsonNode openApi;
    private static List<Operation> operations;
    private static String officer;
    private static String visaCentre;
    private static String consulate;
    private static final List<String> knownNumbers = new ArrayList<>();

    record Operation(String method, String path, List<String> queryParameters, JsonNode bodySchema) {
    }

    record Call(Operation operation, String method, Map<String, String> query, String contentType, String body,
            String accept, String language) {
    }

    @BeforeContainer
    static void startTheApplication() throws Exception {
        app = new SpringApplicationBuilder(PassageApplication.class).run(
                "--server.port=0",
                "--passage.scheduling.enabled=false",
                "--passage.rate-limit.assessments-limit=1000000",
                "--passage.residence.lookups-per-address-per-hour=1000000",
                "--passage.staff.sign-in-limit.attempts=1000000");
        port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        // The officers' operations are fuzzed signed in as an officer of a real case's province, so that
        // the requests reach the code behind the sign-in; the case's number is among the path values.
        var province = new org.passage.provinces.ProvinceCode("16");
        officer = app.getBean(org.passage.staff.TestStaff.class).officer(province).username();
        // The visa staff's operations likewise, as a centre's account bound to no centre and a consulate's.
        visaCentre = app.getBean(org.passage.staff.TestStaff.class).visaCentre().username();
        consulate = app.getBean(org.passage.staff.TestStaff.class).consulate().username();
        knownNumbers.add(app.getBean(org.passage.directorate.TestCases.class).appointmentToday(province).value());
        // From a loopback address of its own: the rate limits count per address in the shared database,
        // and the other tests' requests come from 127.0.0.1.
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).localAddress(CLIENT_ADDRESS).build();
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs", Map.of())).build(),
                HttpResponse.BodyHandlers.ofString());
        openApi = JSON.readTree(docs.body());
        operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/test/")) {
                // /api/test/** are this suite's own probes (ProblemProbeController), failing on purpose.
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    // Path variables are fuzzed like query parameters and put into the path by uri().
                    String in = parameter.path("in").asString();
                    if ("query".equals(in) || "path".equals(in)) {
                        query.add(parameter.path("name").asString());
                    }
                }
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), query,
                        schema.isMissingNode() ? null : schema));
            }
        }
        assertThat(operations).as("the API operations of the OpenAPI document").hasSizeGreaterThan(4);
    }

    @AfterContainer
    static void stopTheApplication() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.MIXIN)
    void noApiOperationAnswersA5xxAndEveryErrorIsAProblem(@ForAll("calls") Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call.operation().path(), call.query()))
                .timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.accept() != null) {
            request.header("Accept", call.accept());
        }
        if (call.language() != null) {
            request.header("Accept-Language", call.language());
        }
        if (call.operation().path().startsWith("/api/v1/directorate/")) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (officer + ":" + org.passage.staff.TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        String visaStaff = call.operation().path().startsWith("/api/v1/visa/centre/") ? visaCentre
                : call.operation().path().startsWith("/api/v1/visa/consulate/") ? consulate : null;
        if (visaStaff != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (visaStaff + ":" + org.passage.staff.TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(response.statusCode()).as("status of %s", call).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(contentType).as("media type of the %d of %s", response.statusCode(), call)
                    .startsWith("application/problem+json");
        }
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
    void requestLinesTomcatRefusesAreProblemsToo(@ForAll("rawTargets") String target) throws Exception {
        String[] answer = raw(target);
        int status = Integer.parseInt(answer[0]);
        assertThat(status).as("status of %s", target).isLessThan(500);
        if (status >= 400) {
            assertThat(answer[1]).as("media type of the %d of %s", status, target).startsWith("application/problem+json");
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        Arbitrary<Operation> operation = Arbitraries.of(operations);
        return operation.flatMap(op -> Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, Arbitraries.just(op.method())),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"))),
                query(op),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, Arbitraries.just("application/json")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "multipart/form-data",
                                "application/json; charset=ISO-8859-1", "application/x-www-form-urlencoded", "*/*",
                                "application/json;;;", "garbage"))),
                body(op),
                Arbitraries.of("application/json", "*/*", "text/html", "application/xml", "application/problem+json",
                        "image/png", "text/html;q=0.9, */*;q=0.1"),
                Arbitraries.of("en", "tr", "de", "fr", "tr-TR,tr;q=0.9", "xx-INVALID;;", "*", "en;q=abc"))
                .as((method, query, contentType, body, accept, language) ->
                        new Call(op, method, query, contentType, body, accept, language)));
    }

    @Provide
    Arbitrary<String> rawTargets() {
        Arbitrary<String> path = Arbitraries.of(operations).map(Operation::path);
        Arbitrary<String> hostile = Arbitraries.of("%", "%zz", "%00", "%2F", "%5C", "%c0%ae", "%ff%fe", ";a=b", "//",
                "/../", "/./", "\\", "?x=%zz", "?explain=%", "?%%%", "?explain=true&explain=%00", "#frag", "%25");
        return Combinators.combine(path, hostile, Arbitraries.integers().between(0, 2))
                .as((p, h, where) -> switch (where) {
                    case 0 -> p + h;
                    case 1 -> "/api/" + h + p.substring(5);
                    default -> p.substring(0, p.lastIndexOf('/') + 1) + h;
                });
    }

    private Arbitrary<Map<String, String>> query(Operation op) {
        if (op.queryParameters().isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("true", "false", "1", "", "TRUE", "yes", "null"),
                hostileText());
        if (op.queryParameters().contains("number")) {
            value = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, value),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of(knownNumbers)));
        }
        return value.list().ofSize(op.queryParameters().size()).map(values -> {
            Map<String, String> query = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                query.put(op.queryParameters().get(i), values.get(i));
            }
            return query;
        });
    }

    private Arbitrary<String> body(Operation op) {
        Arbitrary<String> shaped = op.bodySchema() == null ? Arbitraries.just("{}")
                : value(op.bodySchema(), 0).map(JsonNode::toString);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(op.bodySchema() == null ? 1 : 12, shaped),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "{", "[]", "null", "\"x\"", "{\"a\":", "1e309", "\u0000",
                        "[".repeat(2000), "{\"x\":" + "[".repeat(600) + "]".repeat(600) + "}")),
                net.jqwik.api.Tuple.of(1, anyJson(0).map(JsonNode::toString)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    /** A value matching the schema, or (now and then, at any depth) something else entirely. */
    private Arbitrary<JsonNode> value(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        Arbitrary<JsonNode> matching = matching(resolved, depth);
        if (depth > 6) {
            return matching;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, matching), net.jqwik.api.Tuple.of(1, anyJson(depth)));
    }

    private Arbitrary<JsonNode> matching(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.of(values)),
                    net.jqwik.api.Tuple.of(1, hostileText().map(NODES::stringNode)));
        }
        for (String combined : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combined) && !schema.get(combined).isEmpty()) {
                return value(schema.get(combined).get(0), depth + 1);
            }
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> value(schema.path("items"), depth + 1).list().ofMaxSize(depth < 3 ? 4 : 1).map(items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(array::add);
                return (JsonNode) array;
            });
            case "boolean" -> Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b));
            case "integer" -> Arbitraries.oneOf(
                    Arbitraries.integers().between(-5, 150).map(i -> (JsonNode) NODES.numberNode(i)),
                    Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1)
                            .map(l -> (JsonNode) NODES.numberNode(l)));
            case "number" -> Arbitraries.oneOf(
                    Arbitraries.doubles().between(-10, 2000).map(d -> (JsonNode) NODES.numberNode(d)),
                    Arbitraries.of("1e309", "-1e309", "1e-400", "123456789012345678901234567890.5", "1E+2147483647")
                            .map(text -> (JsonNode) NODES.numberNode(new java.math.BigDecimal(text))));
            case "string" -> string(schema);
            default -> anyJson(depth);
        };
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            return Arbitraries.just(NODES.objectNode());
        }
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            names.add(property.getKey());
            // Present most of the time; absent, or null, now and then.
            values.add(Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, value(property.getValue(), depth + 1)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((JsonNode) null)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just((JsonNode) NODES.nullNode()))));
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode object = NODES.objectNode();
            Iterator<String> name = names.iterator();
            for (JsonNode node : list) {
                String key = name.next();
                if (node != null) {
                    object.set(key, node);
                }
            }
            return object;
        });
    }

    private Arbitrary<JsonNode> string(JsonNode schema) {
        String format = schema.path("format").asString("");
        Arbitrary<String> plausible = switch (format) {
            case "date" -> Arbitraries.oneOf(
                    Arbitraries.integers().between(1890, 2210).flatMap(year -> Arbitraries.integers().between(1, 12)
                            .map(month -> "%04d-%02d-15".formatted(year, month))),
                    Arbitraries.of("+999999999-12-31", "-999999999-01-01", "2026-02-30", "2026-13-01", "0000-01-01",
                            "2026-1-1", "20260101", "2026-11-21T10:00:00Z"));
            case "date-time" -> Arbitraries.of("2026-11-21T10:00:00Z", "+999999999-12-31T23:59:59Z", "now");
            default -> Arbitraries.oneOf(
                    Arbitraries.of("TR", "DE", "SY", "STUDENT", "FIRST", "BACHELOR", "SINGLE", "MEDICINE", "SAT",
                            "GRADUATED", "REGULAR", "ALL", "NONE", "26A123456", "U12345678", "P-2026-000001"),
                    Arbitraries.strings().alpha().numeric().ofMaxLength(12));
        };
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, plausible), net.jqwik.api.Tuple.of(1, hostileText()))
                .map(NODES::stringNode);
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.of("\u0000", "\u0000\u0000abc", "\u202Eevil", "' OR 1=1 --", "<script>alert(1)</script>",
                        "${7*7}", "#{7*7}", "%s%s%s%n", "\uD800", "../../etc/passwd", " ", "\t\n", "ı̇İ",
                        "x".repeat(5000), "9".repeat(400), "NaN", "Infinity", "-0", "1e309"),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    private Arbitrary<JsonNode> anyJson(int depth) {
        List<Arbitrary<JsonNode>> leaves = List.of(
                Arbitraries.just((JsonNode) NODES.nullNode()),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                hostileText().map(s -> (JsonNode) NODES.stringNode(s)));
        if (depth > 3) {
            return Arbitraries.oneOf(leaves);
        }
        Arbitrary<JsonNode> array = Arbitraries.lazy(() -> anyJson(depth + 1)).list().ofMaxSize(3).map(items -> {
            ArrayNode node = NODES.arrayNode();
            items.forEach(node::add);
            return (JsonNode) node;
        });
        Arbitrary<JsonNode> object = Arbitraries.lazy(() -> anyJson(depth + 1)).list().ofMaxSize(3).map(items -> {
            ObjectNode node = NODES.objectNode();
            for (int i = 0; i < items.size(); i++) {
                node.set("field" + i, items.get(i));
            }
            return (JsonNode) node;
        });
        List<Arbitrary<JsonNode>> all = new ArrayList<>(leaves);
        all.add(array);
        all.add(object);
        return Arbitraries.oneOf(all);
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asString();
            current = openApi.at(ref.substring(1));
        }
        return current;
    }

    private static URI uri(String template, Map<String, String> values) {
        String path = template;
        Map<String, String> query = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String variable = "{" + e.getKey() + "}";
            if (path.contains(variable)) {
                String segment = URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20");
                path = path.replace(variable, segment.isEmpty() ? "x" : segment);
            } else {
                query.put(e.getKey(), e.getValue());
            }
        }
        String rendered = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create("http://127.0.0.1:" + port + path + (rendered.isEmpty() ? "" : "?" + rendered));
    }

    /** Sends a request line as given, which no HTTP client would build, and returns status and media type. */
    private static String[] raw(String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, CLIENT_ADDRESS, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = head.substring(9, 12);
            String contentType = "";
            for (String line : head.substring(0, Math.max(0, head.indexOf("\r\n\r\n"))).split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).strip();
                }
            }
            return new String[] {status, contentType};
        }
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

}
