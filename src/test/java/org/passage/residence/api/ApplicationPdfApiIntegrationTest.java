package org.passage.residence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.api.internal.ApplicationTokens;
import org.passage.residence.representatives.MandateScope;
import org.passage.residence.representatives.RepresentativeTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registration document and the payment receipt through the API: the same PDFs as the pages,
 * only for the token's own application, and for a representative under a live mandate (the receipt
 * only under a mandate to pay).
 */
@PassageIntegrationTest
class ApplicationPdfApiIntegrationTest {

    private static final String API = "/api/v1/residence/applications/";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    ApplicationTokens tokens;
    @Autowired
    RepresentativeTokens representativeTokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theApplicantReadsTheRegistrationDocumentAndTheReceiptOfTheirOwnApplicationOnly() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        String token = tokens.issue(number);

        byte[] document = mvc.perform(get(API + number.formatted() + "/registration-document")
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "tr"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(document)).contains(number.formatted());
        byte[] page = mvc.perform(get("/residence/registration-document?lang=tr")
                        .with(TestApplications.signedIn(number)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(document)).isEqualTo(text(page));

        // Not paid yet: no receipt, a problem in the caller's language.
        mvc.perform(get(API + number.formatted() + "/receipt").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "de"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Diese Gebühr ist noch nicht bezahlt: Es gibt noch keine Quittung."));
        pay(number);
        byte[] receipt = mvc.perform(get(API + number.formatted() + "/receipt").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "tr"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(receipt)).contains("Ödeme makbuzu", "964,00 TRY");

        // Another applicant's token reaches neither.
        ApplicationNumber other = applications.submitStudent(ProvinceCode.ISTANBUL);
        String otherToken = tokens.issue(other);
        for (String path : new String[] {"/registration-document", "/receipt"}) {
            mvc.perform(get(API + number.formatted() + path).header("Authorization", "Bearer " + otherToken))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(API + number.formatted() + path)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void aDraftHasNoRegistrationDocument() throws Exception {
        ApplicationNumber draft = applications.draftStudent(ProvinceCode.ISTANBUL);
        mvc.perform(get(API + draft.formatted() + "/registration-document")
                        .header("Authorization", "Bearer " + tokens.issue(draft)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(
                        "The application has not been submitted yet: there is no registration document."));
    }

    @Test
    void aRepresentativeReadsTheDocumentUnderAnyLiveMandateAndTheReceiptOnlyUnderAMandateToPay() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        pay(number);
        UUID representative = verifiedRepresentative();
        String token = representativeTokens.issue(representative).token();

        // No mandate yet: both are 404 like an unknown number.
        mvc.perform(get(API + number.formatted() + "/registration-document").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        UUID apply = mandate(representative, number, Set.of(MandateScope.APPLY));
        mvc.perform(get(API + number.formatted() + "/registration-document").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get(API + number.formatted() + "/receipt").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mandate(representative, number, Set.of(MandateScope.PAY));
        mvc.perform(get(API + number.formatted() + "/receipt").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        // Revoked: nothing any more.
        jdbc.sql("UPDATE representative_mandate SET revoked_at = now() WHERE number = ?").param(number.value()).update();
        mvc.perform(get(API + number.formatted() + "/registration-document").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        assertThat(apply).isNotNull();
    }

    private void pay(ApplicationNumber number) throws Exception {
        String accrual = jdbc.sql("SELECT accrual_number FROM payment_accrual WHERE application_number = ?").param(number.value())
                .query(String.class).single();
        String simulator = mvc.perform(post("/payments/pay").param("accrualNumber", accrual)
                        .with(TestApplications.signedIn(number)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(simulator).param("cardNumber", "4111 1111 1111 1111").param("expiry", "12/39")
                        .param("securityCode", "123").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private UUID verifiedRepresentative() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO representative (id, kind, name, email, created_at, email_confirmed_at, verified_at, verified_by)
                VALUES (?, 'ORGANISATION', 'PDF Test Agency', ?, ?, ?, ?, 'admin')""")
                .params(id, "pdf-" + id + "@example.org", Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private UUID mandate(UUID representative, ApplicationNumber number, Set<MandateScope> scopes) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO representative_mandate (id, representative_id, number, scopes, ends_on, requested_at, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, representative, number.value(), MandateScope.store(scopes),
                        Date.valueOf(LocalDate.now(clock).plusMonths(1)), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
