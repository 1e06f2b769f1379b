package org.passage.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.passage.rules.Rulebooks;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs every case file of the {@code university-admission} rulebook through the same path as the
 * API: JSON binding with unknown fields rejected, Bean Validation, the assessment service and the
 * response shape, then checks the expectations against the response JSON.
 */
class AdmissionRulebookCasesTest {

    static final String CASES = "classpath*:rulebook-cases/university-admission/*.yaml";
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final AdmissionAssessments SERVICE = new AdmissionAssessments(
            Rulebooks.loadAll((from, n) -> from.plusDays(n)),
            ExamTable.load(ExamTable.DEFAULT_LOCATION),
            Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @TestFactory
    Stream<DynamicNode> everyCaseFileAnswersAsExpected() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(CASES);
        assertThat(files).isNotEmpty();
        List<DynamicNode> containers = new ArrayList<>();
        for (Resource file : files) {
            JsonNode doc = YAML.readTree(file.getContentAsString(StandardCharsets.UTF_8));
            assertThat(doc.get("rulebook").asString()).isEqualTo(AdmissionAssessments.RULEBOOK);
            assertThat(doc.get("endpoint").asString()).isEqualTo("admission");
            List<DynamicNode> tests = new ArrayList<>();
            for (JsonNode c : doc.get("cases")) {
                JsonNode request = merge(doc.get("base").deepCopy(), c.path("request"));
                tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(request, c.get("expect"))));
            }
            containers.add(DynamicContainer.dynamicContainer(file.getFilename(), tests));
        }
        return containers.stream();
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastFortyCases() throws IOException {
        int n = 0;
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(CASES)) {
            n += YAML.readTree(file.getContentAsString(StandardCharsets.UTF_8)).get("cases").size();
        }
        assertThat(n).isGreaterThanOrEqualTo(40);
    }

    static void check(JsonNode requestJson, JsonNode expect) {
        AdmissionRequest request = JSON.treeToValue(requestJson, AdmissionRequest.class);
        assertThat(VALIDATOR.validate(request)).as("Bean Validation").isEmpty();
        AdmissionAssessments.AdmissionAssessment a = SERVICE.assess(request, false);
        JsonNode response = JSON.valueToTree(AdmissionAssessmentController.AdmissionResponse.of(a, Locale.ENGLISH, false));
        Set<String> codes = new LinkedHashSet<>();
        response.get("findings").forEach(f -> codes.add(f.get("code").asString()));
        String context = "response " + response;

        if (expect.has("eligible")) {
            assertThat(response.get("eligible").asBoolean()).as(context).isEqualTo(expect.get("eligible").asBoolean());
        }
        if (expect.has("findings")) {
            assertThat(codes).as(context).containsExactlyInAnyOrderElementsOf(strings(expect.get("findings")));
        }
        if (expect.has("findingsInclude")) {
            assertThat(codes).as(context).containsAll(strings(expect.get("findingsInclude")));
        }
        if (expect.has("findingsExclude")) {
            assertThat(codes).as(context).doesNotContainAnyElementsOf(strings(expect.get("findingsExclude")));
        }
        if (expect.has("fields")) {
            for (var e : expect.get("fields").properties()) {
                JsonNode actual = at(response, e.getKey());
                assertThat(same(actual, e.getValue())).as(e.getKey() + " is " + actual + " in " + context).isTrue();
            }
        }
        response.get("findings").forEach(f -> assertThat(f.get("citation").get("source").asString()).isNotBlank());
    }

    /** Deep merge: objects merge key by key, anything else replaces, null removes the key. */
    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (!(base instanceof ObjectNode target) || !patch.isObject()) {
            return patch.isMissingNode() ? base : patch.deepCopy();
        }
        for (var e : patch.properties()) {
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (target.has(e.getKey())) {
                target.set(e.getKey(), merge(target.get(e.getKey()), e.getValue()));
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return target;
    }

    static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    static boolean same(JsonNode actual, JsonNode expected) {
        if (expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null) {
            return false;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
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
        return expected.asString().equals(actual.asString());
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
