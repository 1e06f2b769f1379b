package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.passage.PassageIntegrationTest;
import org.passage.visa.GermanVisaRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every case under {@code visa-file-cases/}: a file saved from the case's checklist answers, placed at
 * the centre on the case's days, must show each person's fee and the timeline the case expects.
 */
@PassageIntegrationTest
class VisaFileCasesIntegrationTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaFileViews views;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicNode> everyFileCaseHolds() throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:visa-file-cases/*.yaml")) {
            JsonNode file = YAML.readTree(r.getContentAsString(StandardCharsets.UTF_8));
            JsonNode base = file.required("base");
            for (JsonNode c : file.required("cases")) {
                JsonNode request = merge(base.deepCopy(), c.path("request"));
                tests.add(DynamicTest.dynamicTest(r.getFilename() + ": " + c.required("name").asString(),
                        () -> check(request, c)));
            }
        }
        assertThat(tests).as("visa file cases").isNotEmpty();
        return tests.stream();
    }

    private void check(JsonNode requestNode, JsonNode c) {
        GermanVisaRequest request = json.treeToValue(requestNode, GermanVisaRequest.class);
        UUID id = desk.create(VisaFiling.newEmail(), Locale.ENGLISH, request);
        // The counter's steps are not what is tested here: the file is placed where the case says.
        LocalDate appointment = date(c.path("appointmentOn"));
        LocalDate handedIn = date(c.path("handedInOn"));
        jdbc.sql("UPDATE visa_file SET status = ?, centre = 'IST', appointment_on = ?, handed_in_on = ? WHERE id = ?")
                .params(handedIn != null ? "FEE_PAID" : "RECEIVED", appointment, handedIn, id).update();
        VisaFile file = desk.any(id);
        JsonNode expect = c.required("expect");

        VisaFileViews.CoverView cover = views.cover(file, Locale.ENGLISH);
        Map<String, String> expectedFees = new LinkedHashMap<>();
        for (String person : expect.required("fees").propertyNames()) {
            expectedFees.put(views.person(new Person(person), Locale.ENGLISH),
                    expect.required("fees").get(person).asString());
        }
        Map<String, String> fees = new LinkedHashMap<>();
        for (VisaFileViews.FeeView fee : cover.fees()) {
            fees.put(fee.person(), fee.exempt() ? "EXEMPT" : fee.amountEur().stripTrailingZeros().toPlainString());
        }
        assertThat(fees).as("fee per person").containsExactlyEntriesOf(expectedFees);
        assertThat(cover.total()).as("total").isEqualByComparingTo(new BigDecimal(expect.required("totalEur").asString()));

        if (expect.has("timeline")) {
            VisaFileViews.TimelineView timeline = views.timeline(file);
            JsonNode t = expect.get("timeline");
            if (t.isNull()) {
                assertThat(timeline).as("no timeline").isNull();
            } else {
                assertThat(timeline).as("timeline").isNotNull();
                assertThat(timeline.from()).as("from").isEqualTo(date(t.required("from")));
                assertThat(timeline.handedIn()).as("handed in").isEqualTo(t.required("handedIn").asBoolean());
                assertThat(timeline.silencePeriodDays()).as("silence period")
                        .isEqualTo(t.required("silencePeriodDays").asLong());
                assertThat(timeline.silenceEnds()).as("silence ends").isEqualTo(date(t.required("silenceEnds")));
                assertThat(timeline.earliestDecision()).as("earliest decision")
                        .isEqualTo(date(t.required("earliestDecision")));
                assertThat(timeline.latestSafeApplication()).as("latest safe application")
                        .isEqualTo(date(t.path("latestSafeApplication")));
            }
        }
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static JsonNode merge(JsonNode base, JsonNode overrides) {
        if (!(base instanceof ObjectNode target) || !overrides.isObject()) {
            return overrides.isMissingNode() ? base : overrides;
        }
        for (String key : overrides.propertyNames()) {
            JsonNode value = overrides.get(key);
            JsonNode current = target.get(key);
            target.set(key, current != null && current.isObject() && value.isObject() ? merge(current, value) : value);
        }
        return target;
    }
}
