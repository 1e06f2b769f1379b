package org.passage.visa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.visa.GermanVisaAssessmentController.GermanVisaResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs every case file of {@code rulebook-cases/de-national-visa/} through the same service and
 * response mapping as the API: each case is the base request deep-merged with its own fields.
 */
class GermanVisaRulebookCasesTest {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static Rulebook rulebook() {
        try (var in = GermanVisaRulebookCasesTest.class.getResourceAsStream("/rulebooks/de-national-visa.yaml")) {
            return Rulebooks.parse("rulebooks/de-national-visa.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    (from, days) -> from.plusDays(days));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final GermanVisaAssessments service = new GermanVisaAssessments(rulebook(),
            Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

    @TestFactory
    Stream<DynamicNode> everyCaseFileHoldsForTheRulebook() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:rulebook-cases/de-national-visa/*.yaml");
        assertThat(files).isNotEmpty();
        return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(this::file);
    }

    private DynamicNode file(Resource r) {
        JsonNode doc;
        try {
            doc = YAML.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(doc.get("rulebook").asString()).isEqualTo("de-national-visa");
        assertThat(doc.get("endpoint").asString()).isEqualTo("german-national-visa");
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode c : doc.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> run(doc.get("base"), c)));
        }
        return DynamicContainer.dynamicContainer(r.getFilename(), tests);
    }

    private void run(JsonNode base, JsonNode c) {
        JsonNode merged = merge(base.deepCopy(), c.get("request"));
        GermanVisaRequest request = JSON.treeToValue(merged, GermanVisaRequest.class);
        assertThat(VALIDATOR.validate(request)).as("bean validation of the case's request").isEmpty();
        GermanVisaAssessment assessment = service.assess(request, false);
        JsonNode response = JSON.valueToTree(GermanVisaResponse.of(assessment, Locale.ENGLISH, false));
        JsonNode expect = c.get("expect");

        Set<String> findings = codes(response.get("findings"));
        Set<String> documents = codes(response.get("documents"));
        response.get("findings").forEach(f -> assertThat(f.get("message").asString()).doesNotContain("{"));
        if (expect.has("eligible")) {
            assertThat(response.get("eligible").asBoolean()).as("eligible (findings %s)", findings)
                    .isEqualTo(expect.get("eligible").asBoolean());
        }
        if (expect.has("findings")) {
            assertThat(findings).as("findings").isEqualTo(strings(expect.get("findings")));
        }
        if (expect.has("findingsInclude")) {
            assertThat(findings).as("findings").containsAll(strings(expect.get("findingsInclude")));
        }
        if (expect.has("findingsExclude")) {
            assertThat(findings).as("findings").doesNotContainAnyElementsOf(strings(expect.get("findingsExclude")));
        }
        if (expect.has("documentsInclude")) {
            assertThat(documents).as("documents").containsAll(strings(expect.get("documentsInclude")));
        }
        if (expect.has("documentsExclude")) {
            assertThat(documents).as("documents").doesNotContainAnyElementsOf(strings(expect.get("documentsExclude")));
        }
        if (expect.has("documents")) {
            for (var e : expect.get("documents").properties()) {
                JsonNode doc = find(response.get("documents"), e.getKey());
                assertThat(doc).as("document " + e.getKey()).isNotNull();
                for (var want : e.getValue().properties()) {
                    assertThat(doc.get(want.getKey()).asString()).as(e.getKey() + "." + want.getKey())
                            .isEqualTo(want.getValue().asString());
                }
            }
        }
        if (expect.has("deadlines")) {
            for (var e : expect.get("deadlines").properties()) {
                JsonNode d = find(response.get("deadlines"), e.getKey());
                assertThat(d).as("deadline " + e.getKey()).isNotNull();
                assertThat(d.get("dueDate").asString()).isEqualTo(e.getValue().asString());
            }
        }
        if (expect.has("fields")) {
            for (var e : expect.get("fields").properties()) {
                JsonNode actual = response.get(e.getKey());
                assertThat(same(actual, e.getValue())).as("field %s: expected %s but was %s", e.getKey(), e.getValue(), actual)
                        .isTrue();
            }
        }
    }

    /** Deep merge: objects merge key by key, {@code null} removes a key, anything else replaces. */
    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (patch == null || !patch.isObject() || !base.isObject()) {
            return patch == null ? base : patch.deepCopy();
        }
        ObjectNode out = (ObjectNode) base;
        for (var e : patch.properties()) {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else if (out.has(e.getKey()) && out.get(e.getKey()).isObject() && e.getValue().isObject()) {
                merge(out.get(e.getKey()), e.getValue());
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /** JSON equality where numbers compare by value (75 equals 75.00) and a missing node equals null. */
    static boolean same(JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isNull() || actual.isMissingNode()) {
            return expected == null || expected.isNull();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(actual.get(i), expected.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isObject() && actual.isObject()) {
            for (var e : expected.properties()) {
                if (!same(actual.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return expected.isValueNode() && actual.isValueNode() && actual.asString().equals(expected.asString());
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> s = new TreeSet<>();
        list.forEach(n -> s.add(n.get("code").asString()));
        return s;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> s = new TreeSet<>();
        list.forEach(n -> s.add(n.asString()));
        return s;
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
        }
        return null;
    }
}
