package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs every rulebook case file under {@code rulebook-cases/} through the real HTTP endpoint:
 * the request is the case's base with its overrides merged in, and the answer must hold what the case expects.
 */
@PassageIntegrationTest
class RulebookCasesIntegrationTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CLIENT = new AtomicInteger();
    private static final Set<String> EXPECT_KEYS = Set.of("status", "errorFields", "eligible", "findings",
            "findingsInclude", "findingsExclude", "documents", "documentsInclude", "documentsExclude", "deadlines",
            "fields");

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicNode> everyRulebookCaseHolds() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rulebook-cases/**/*.yaml")) {
            JsonNode file = YAML.readTree(r.getContentAsString(StandardCharsets.UTF_8));
            String endpoint = file.required("endpoint").asString();
            JsonNode base = file.path("base");
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : file.required("cases")) {
                String name = c.required("name").asString();
                JsonNode request = merge(base.deepCopy(), c.path("request"));
                tests.add(DynamicTest.dynamicTest(name, () -> check(endpoint, request, c.required("expect"))));
            }
            files.add(DynamicContainer.dynamicContainer(
                    file.path("rulebook").asString() + "/" + r.getFilename(), tests.stream()));
        }
        assertThat(files).as("rulebook case files").isNotEmpty();
        return files.stream();
    }

    private void check(String endpoint, JsonNode request, JsonNode expect) throws Exception {
        for (String key : expect.propertyNames()) {
            assertThat(EXPECT_KEYS).as("known expectation key").contains(key);
        }
        int client = CLIENT.incrementAndGet();
        MvcResult result = mvc.perform(post("/api/v1/assessments/" + endpoint)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .with(req -> {
                            req.setRemoteAddr("10.%d.%d.%d".formatted(client >> 16 & 255, client >> 8 & 255, client & 255));
                            return req;
                        })
                        .content(JSON.writeValueAsString(request)))
                .andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        int status = expect.path("status").asInt(200);
        assertThat(result.getResponse().getStatus()).as("HTTP status; body: %s", body).isEqualTo(status);
        JsonNode answer = JSON.readTree(body);
        if (status != 200) {
            for (JsonNode field : expect.path("errorFields")) {
                assertThat(answer.path("errors").findValuesAsString("field")).as("error fields").contains(field.asString());
            }
            return;
        }
        if (expect.has("eligible")) {
            assertThat(answer.path("eligible").asBoolean()).as("eligible; findings %s", codes(answer, "findings"))
                    .isEqualTo(expect.get("eligible").asBoolean());
        }
        if (expect.has("findings")) {
            assertThat(codes(answer, "findings")).as("findings").isEqualTo(strings(expect.get("findings")));
        }
        includes(codes(answer, "findings"), expect.path("findingsInclude"), true, "findings");
        includes(codes(answer, "findings"), expect.path("findingsExclude"), false, "findings");
        includes(codes(answer, "documents"), expect.path("documentsInclude"), true, "documents");
        includes(codes(answer, "documents"), expect.path("documentsExclude"), false, "documents");
        for (Map.Entry<String, JsonNode> d : expect.path("documents").properties()) {
            JsonNode actual = byCode(answer.path("documents"), d.getKey());
            assertThat(actual).as("document %s in %s", d.getKey(), codes(answer, "documents")).isNotNull();
            assertContained(d.getValue(), actual, "documents." + d.getKey());
        }
        for (Map.Entry<String, JsonNode> d : expect.path("deadlines").properties()) {
            JsonNode actual = byCode(answer.path("deadlines"), d.getKey());
            assertThat(actual).as("deadline %s", d.getKey()).isNotNull();
            assertThat(actual.path("dueDate").asString()).as("deadline %s", d.getKey()).isEqualTo(d.getValue().asString());
        }
        for (Map.Entry<String, JsonNode> f : expect.path("fields").properties()) {
            JsonNode actual = answer;
            for (String part : f.getKey().split("\\.")) {
                actual = actual.path(part);
            }
            assertContained(f.getValue(), actual, f.getKey());
        }
    }

    private static void includes(Set<String> actual, JsonNode expected, boolean present, String what) {
        Set<String> codes = strings(expected);
        if (codes.isEmpty()) {
            return;
        }
        if (present) {
            assertThat(actual).as(what).containsAll(codes);
        } else {
            assertThat(actual).as(what).doesNotContainAnyElementsOf(codes);
        }
    }

    /** Expected objects must be contained in the actual ones; arrays match element by element; numbers by value. */
    private static void assertContained(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object: %s", path, actual).isTrue();
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                assertContained(e.getValue(), actual.path(e.getKey()), path + "." + e.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray() ? actual.size() : -1).as("%s length: %s", path, actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContained(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNull()) {
            assertThat(actual.isNull() || actual.isMissingNode()).as("%s is null: %s", path, actual).isTrue();
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as("%s is a number: %s", path, actual).isTrue();
            assertThat(actual.decimalValue().compareTo(expected.decimalValue())).as("%s: %s vs %s", path, actual, expected)
                    .isZero();
        } else {
            assertThat(actual.asString()).as(path).isEqualTo(expected.asString());
        }
    }

    private static JsonNode merge(JsonNode base, JsonNode override) {
        if (!override.isObject() || !base.isObject()) {
            return override.isMissingNode() ? base : override.deepCopy();
        }
        ObjectNode out = (ObjectNode) base;
        for (Iterator<Map.Entry<String, JsonNode>> it = override.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = out.get(e.getKey());
            if (e.getValue().isObject() && current != null && current.isObject()) {
                merge(current, e.getValue());
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    private static Set<String> codes(JsonNode answer, String list) {
        Set<String> s = new TreeSet<>();
        answer.path(list).forEach(n -> s.add(n.path("code").asString()));
        return s;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asString()));
        return s;
    }

    private static JsonNode byCode(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (code.equals(n.path("code").asString())) {
                return n;
            }
        }
        return null;
    }
}
