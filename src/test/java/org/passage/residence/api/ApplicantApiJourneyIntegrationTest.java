package org.passage.residence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.documents.TestFiles;
import org.passage.notifications.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21's first done-when: an applicant goes through the API alone from pre-registration (with
 * the one-time code) to a submitted, paid and booked application, and reads its status.
 */
@PassageIntegrationTest
class ApplicantApiJourneyIntegrationTest {

    private static final String BASE = "/api/v1/residence";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    @Test
    void anApplicantPreRegistersSubmitsPaysBooksAndReadsTheStatusThroughTheApi() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String email = "journey-" + UUID.randomUUID() + "@example.org";
        String passport = "J" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("applicationKind", "FIRST");
        person.put("givenNames", "Amira");
        person.put("surname", "Haddad");
        person.put("birthDate", today.minusYears(20).toString());
        person.put("nationality", "SY");
        person.put("passportNumber", passport);
        person.put("passportExpiry", today.plusYears(5).toString());
        person.put("email", email);
        person.put("mobile", "+905321234567");

        // Pre-registration answers "code sent"; the code comes by e-mail and opens a bearer token.
        String number = JsonPath.read(mvc.perform(from(post(BASE + "/pre-registrations"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(person)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(), "$.applicationNumber");
        String token = JsonPath.read(mvc.perform(from(post(BASE + "/tokens")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("applicationNumber", number, "passportNumber", passport,
                                "code", code(TestMailbox.awaitMessageTo(email).text())))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.accessToken");
        String application = BASE + "/applications/" + number;

        // The form, page by page, as the API names the next page.
        Map<String, Map<String, String>> pages = studentLivingInEskisehir(today);
        String next = JsonPath.read(mvc.perform(as(get(application), token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.nextPage");
        for (int answered = 0; next != null; answered++) {
            assertThat(pages).as("page %s", next).containsKey(next);
            assertThat(answered).isLessThan(20);
            next = JsonPath.read(mvc.perform(as(put(application + "/form/" + next), token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("answers", pages.get(next)))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.nextPage");
        }
        mvc.perform(multipart(application + "/documents/PASSPORT_COPY")
                        .file(new MockMultipartFile("file", "passport.pdf", "application/pdf", TestFiles.pdf()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
        mvc.perform(as(post(application + "/submission"), token).header("Idempotency-Key", "journey-" + number)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confirmWithoutDocuments\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));

        // The fee: its lines, then the provider's page, where the card is paid.
        mvc.perform(as(get(application + "/payment"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paid").value(false))
                .andExpect(jsonPath("$.complete").value(true));
        String started = mvc.perform(as(post(application + "/payment"), token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String provider = URI.create(JsonPath.read(started, "$.redirectUrl")).getPath();
        mvc.perform(post(provider).param("cardNumber", "4111 1111 1111 1111").param("expiry", "12/39")
                        .param("securityCode", "123").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(get(application + "/payment"), token)).andExpect(jsonPath("$.paid").value(true));

        // The appointment: a free day of the home province's directorate.
        List<String> free = JsonPath.read(mvc.perform(as(get(application + "/appointment/days"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.province").value("26"))
                .andReturn().getResponse().getContentAsString(), "$.days[?(@.available == true)].date");
        assertThat(free).isNotEmpty();
        mvc.perform(as(put(application + "/appointment"), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"province\": \"26\", \"date\": \"" + free.getFirst() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BOOKED"));

        mvc.perform(as(get(application + "/status"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPOINTMENT_BOOKED"))
                .andExpect(jsonPath("$.permitType").value("STUDENT"))
                .andExpect(jsonPath("$.sections.payment.paid").value(true))
                .andExpect(jsonPath("$.sections.appointment.status").value("BOOKED"))
                .andExpect(jsonPath("$.sections.appointment.date").value(free.getFirst()))
                .andExpect(jsonPath("$.sections.appointment.province").value("26"));
    }

    private static Map<String, Map<String, String>> studentLivingInEskisehir(LocalDate today) {
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put("permit", Map.of("permitType", "STUDENT"));
        pages.put("study-level", Map.of("studyLevel", "BACHELOR"));
        pages.put("applicant", Map.of("birthDate", today.minusYears(20).toString(), "nationality", "SY",
                "maritalStatus", "SINGLE", "accommodation", "DORMITORY", "healthInsurance", "PRIVATE"));
        pages.put("study", Map.of("enrolment", "REGULAR", "enrolmentDate", today.minusMonths(2).toString(),
                "repeatYear", "NO"));
        pages.put("stay", Map.of("requestedMonths", "12"));
        pages.put("address", Map.of("addressProvince", "26", "addressDistrict", "Tepebaşı",
                "addressLine", "İki Eylül Cd. 1"));
        pages.put("role", Map.of("applicantRole", "SELF"));
        pages.put("university", Map.of());
        return pages;
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    /** Rate-limited calls come from addresses of this class's own range. */
    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        String address = "127.58." + ThreadLocalRandom.current().nextInt(1, 250) + "."
                + ThreadLocalRandom.current().nextInt(1, 250);
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
