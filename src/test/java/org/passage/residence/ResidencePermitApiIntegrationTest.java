package org.passage.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The residence assessment endpoint keeps the API contract: shape, languages, explanations and bad input. */
@PassageIntegrationTest
class ResidencePermitApiIntegrationTest {

    static final String STUDENT = """
            {"applicationKind": "FIRST", "permitType": "STUDENT", "studyLevel": "BACHELOR",
             "applicationDate": "2026-11-21",
             "applicant": {"birthDate": "2006-05-01", "nationality": "SY", "maritalStatus": "SINGLE",
                           "accommodation": "DORMITORY", "healthInsurance": "SGK_GHI_WITHIN_3_MONTHS",
                           "documentsIssuedIn": "SY"},
             "study": {"enrolment": "REGULAR", "enrolmentDate": "2026-09-15"},
             "stay": {"requestedMonths": 60}}""";

    private static final AtomicInteger CLIENT = new AtomicInteger(100);

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    private MvcResult call(String path, String body, String language) throws Exception {
        int client = CLIENT.incrementAndGet();
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language)
                .with(r -> {
                    r.setRemoteAddr("10.200.0." + client % 250);
                    return r;
                }).content(body)).andReturn();
    }

    private JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerNamesItsRulebookVersionAndTheDateItsRulesWereTakenAt() throws Exception {
        JsonNode a = body(call("/api/v1/assessments/residence-permit", STUDENT, "en"));
        assertThat(a.at("/rulebook/id").asString()).isEqualTo("tr-residence");
        assertThat(a.at("/rulebook/version").asString()).isEqualTo("2026.1");
        assertThat(a.at("/rulebook/effectiveOn").asString()).isEqualTo("2026-11-21");
        assertThat(a.path("trace").isMissingNode()).isTrue();
    }

    @Test
    void aRequestLongerThanTheRulesAllowIsWarnedAndTheValidityIsNotLowered() throws Exception {
        JsonNode a = body(call("/api/v1/assessments/residence-permit", STUDENT, "en"));
        assertThat(a.path("eligible").asBoolean()).isTrue();
        assertThat(a.path("maxValidityMonths").asInt()).isEqualTo(48);
        assertThat(a.path("findings").findValuesAsString("code")).contains("REQUESTED_TOO_LONG");
    }

    @Test
    void explainReturnsTheTraceOfEachRuleWithItsConditionAndParameters() throws Exception {
        JsonNode a = body(call("/api/v1/assessments/residence-permit?explain=true", STUDENT, "en"));
        JsonNode trace = a.path("trace");
        assertThat(trace.isArray()).isTrue();
        JsonNode tooLong = null;
        for (JsonNode t : trace) {
            if ("REQUESTED_TOO_LONG".equals(t.path("code").asString())) {
                tooLong = t;
            }
        }
        assertThat(tooLong).isNotNull();
        assertThat(tooLong.path("condition").asString()).contains("stay.requestedMonths > value.maxValidityMonths");
        JsonNode validity = null;
        JsonNode studentValidity = null;
        for (JsonNode t : trace) {
            if ("maxValidityMonths".equals(t.path("code").asString())) {
                validity = t;
            }
            if ("studentMonths".equals(t.path("code").asString())) {
                studentValidity = t;
            }
        }
        assertThat(validity.path("condition").asString()).contains("value.studentMonths");
        assertThat(validity.path("result").asInt()).isEqualTo(48);
        assertThat(studentValidity.path("parameters").findValuesAsString("name")).contains("STUDENT_REPEAT_MAX_MONTHS");
        assertThat(studentValidity.path("result").asInt()).isEqualTo(48);
    }

    @Test
    void titlesAndMessagesFollowAcceptLanguageAndCodesNeverChange() throws Exception {
        JsonNode tr = body(call("/api/v1/assessments/residence-permit", STUDENT, "tr"));
        JsonNode de = body(call("/api/v1/assessments/residence-permit", STUDENT, "de"));
        assertThat(titleOf(tr, "DORMITORY_CERTIFICATE")).isEqualTo("Yurt belgesi");
        assertThat(titleOf(de, "DORMITORY_CERTIFICATE")).isEqualTo("Wohnheimbescheinigung");
    }

    private static String titleOf(JsonNode answer, String code) {
        for (JsonNode d : answer.path("documents")) {
            if (code.equals(d.path("code").asString())) {
                return d.path("title").asString();
            }
        }
        return null;
    }

    @Test
    void anUnknownPermitTypeIsAProblemNamingTheField() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit", STUDENT.replace("\"STUDENT\"", "\"STUDNT\""), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(r).path("errors").findValuesAsString("field")).contains("permitType");
    }

    @Test
    void problemsSpeakTheCallersLanguageFieldMessagesIncluded() throws Exception {
        String unknown = STUDENT.replace("\"STUDENT\"", "\"STUDNT\"");
        JsonNode tr = body(call("/api/v1/assessments/residence-permit", unknown, "tr"));
        JsonNode de = body(call("/api/v1/assessments/residence-permit", unknown, "de"));
        assertThat(tr.path("title").asString()).isEqualTo("Hatalı istek");
        assertThat(tr.path("detail").asString()).isEqualTo("İsteğin bazı alanları geçersiz.");
        assertThat(tr.path("errors").findValuesAsString("message"))
                .anyMatch(m -> m.startsWith("Bilinmeyen kod 'STUDNT'"));
        assertThat(de.path("errors").findValuesAsString("message"))
                .anyMatch(m -> m.startsWith("Unbekannter Code 'STUDNT'"));
        JsonNode early = body(call("/api/v1/assessments/residence-permit",
                STUDENT.replace("2026-11-21", "2012-01-10"), "de"));
        assertThat(early.path("title").asString()).isEqualTo("Keine Regeln für dieses Datum");
        assertThat(early.path("detail").asString()).contains("tr-residence").contains("2014-04-11");
    }

    @Test
    void aNationalityThatIsNoCountryIsRefusedWithAMessageInTheCallersLanguage() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("\"nationality\": \"SY\"", "\"nationality\": \"XX\""), "tr");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = body(r).path("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("applicant.nationality");
        assertThat(errors.findValuesAsString("message")).containsExactly("ISO 3166-1 alfa-2 ülke kodu veya CY-TRNC olmalıdır");
        MvcResult trnc = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("\"nationality\": \"SY\"", "\"nationality\": \"CY-TRNC\""), "tr");
        assertThat(trnc.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongTypeIsAProblemNamingTheField() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("\"requestedMonths\": 60", "\"requestedMonths\": \"sixty\""), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).path("errors").findValuesAsString("field")).contains("stay.requestedMonths");
    }

    @Test
    void anUnknownFieldIsRejected() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("\"stay\":", "\"favouriteColour\": \"blue\", \"stay\":"), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).path("errors").findValuesAsString("field")).contains("favouriteColour");
    }

    @Test
    void aStudentPermitWithoutItsStudyLevelIsAProblemNamingTheField() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("\"studyLevel\": \"BACHELOR\",", ""), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).path("errors").findValuesAsString("field")).contains("studyLevel");
    }

    @Test
    void aDateBeforeTheLawWasInForceIsAProblemSayingFromWhenTheRulesApply() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit",
                STUDENT.replace("2026-11-21", "2012-01-10"), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(r).path("inForceFrom").asString()).isEqualTo("2014-04-11");
    }

    @Test
    void aFamilyCaseOnADateWithoutAMinimumWageIsAProblemNamingTheParameter() throws Exception {
        String family = STUDENT.replace("\"STUDENT\", \"studyLevel\": \"BACHELOR\"", "\"FAMILY\", \"relationship\": \"SPOUSE\"")
                .replace("\"study\": {\"enrolment\": \"REGULAR\", \"enrolmentDate\": \"2026-09-15\"},",
                        "\"sponsor\": {\"kind\": \"TURKISH_CITIZEN\", \"monthlyIncomeTry\": 50000, \"familyMembersInTurkiye\": 2},")
                .replace("2026-11-21", "2022-06-01");
        MvcResult r = call("/api/v1/assessments/residence-permit", family, "en");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(422);
        assertThat(body(r).path("parameter").asString()).isEqualTo("MINIMUM_WAGE_MONTHLY_TRY");
    }

    @Test
    void aStudentCaseNeedsNoMinimumWageSoItIsAnsweredOnADateWithoutOne() throws Exception {
        MvcResult r = call("/api/v1/assessments/residence-permit", STUDENT.replace("2026-11-21", "2022-06-01"), "en");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theVocabularyListsEveryResidenceCodeTitledInTheRequestLanguage() throws Exception {
        JsonNode v = json.readTree(mvc.perform(get("/api/v1/vocabulary").header("Accept-Language", "de"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode residence = null;
        for (JsonNode rb : v.path("rulebooks")) {
            if ("tr-residence".equals(rb.path("id").asString())) {
                residence = rb;
            }
        }
        assertThat(residence).isNotNull();
        assertThat(residence.at("/vocabulary/permitType").findValuesAsString("code"))
                .containsExactly("SHORT_TERM", "FAMILY", "STUDENT", "LONG_TERM");
        assertThat(residence.at("/vocabulary/permitType/2/title").asString())
                .isEqualTo("Aufenthaltserlaubnis für Studierende");
        assertThat(residence.path("findings").findValuesAsString("code")).contains("PERMIT_EXPIRED", "SPONSOR_INCOME");
        assertThat(residence.path("documents").findValuesAsString("code")).contains("DORMITORY_CERTIFICATE");
        assertThat(residence.path("deadlines").findValuesAsString("code")).contains("SGK_GHI_NOTICE");
    }
}
