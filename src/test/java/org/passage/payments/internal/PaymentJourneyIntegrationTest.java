package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.payments.Money;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.StatusSection;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class PaymentJourneyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications applications;
    @Autowired
    AccrualService accrualService;
    @Autowired
    PaymentStatusContributor paymentStatus;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmittedApplicationHasAnAccrualWithItsCitedFee() {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);

        Accrual accrual = accrualService.current(number).orElseThrow();
        assertThat(accrual.number().value()).startsWith(String.valueOf(accrual.basis().applicationDate().getYear()));
        assertThat(accrual.fee().lines()).extracting(FeeLine::item, FeeLine::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CARD_FEE", FeeLine.Source.OFFICIAL),
                        org.assertj.core.groups.Tuple.tuple("PERMIT_FEE", FeeLine.Source.EXEMPT));
        assertThat(accrual.fee().lines()).allSatisfy(line -> assertThat(line.citationSection()).isNotBlank());
        assertThat(accrual.amount()).hasValueSatisfying(amount -> assertThat(amount.sameAs(Money.lira("964.00"))).isTrue());
        assertThat(accrual.paid()).isFalse();
    }

    @Test
    void anApplicantPaysWithTheSimulatorsSucceedingCardAndGetsAReceipt() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        Accrual accrual = accrualService.current(number).orElseThrow();

        String simulator = mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().formatted())
                        .with(signedIn(number)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(simulator).startsWith("/payments/simulator/");
        mvc.perform(get(simulator)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("964.00 TRY")));
        String back = mvc.perform(post(simulator).param("cardNumber", "4111 1111 1111 1111").param("expiry", "12/39")
                        .param("securityCode", "123").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(back).endsWith("/payments?outcome=paid");
        assertThat(accrualService.current(number).orElseThrow().paid()).isTrue();
        mvc.perform(get("/payments").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Paid")));
        byte[] receipt = mvc.perform(get("/payments/receipt?lang=tr").with(signedIn(number)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var pdf = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ödeme makbuzu", "Tahakkuk numarası", accrual.number().formatted(),
                    "İkamet izni belge (kart) bedeli", "964,00 TRY", "Muaf");
        }
    }

    @Test
    void payingTwiceOnTheSamePageShowsTheFirstPaymentsResultAndChargesOnce() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        Accrual accrual = accrualService.current(number).orElseThrow();
        String simulator = mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value())
                        .with(signedIn(number)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        for (int click = 0; click < 2; click++) {
            mvc.perform(post(simulator).param("cardNumber", "4111111111111111").param("expiry", "12/39")
                            .param("securityCode", "123").with(csrf()))
                    .andExpect(redirectedUrl("http://localhost/payments?outcome=paid"));
        }

        mvc.perform(get(simulator)).andExpect(redirectedUrl("http://localhost/payments?outcome=paid"));
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE accrual_number = ?")
                .param(accrual.number().value()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value())
                .with(signedIn(number)).with(csrf())).andExpect(redirectedUrl("/payments"));
    }

    @Test
    void aDeclinedCardLeavesTheAccrualUnpaidAndSaysSo() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        Accrual accrual = accrualService.current(number).orElseThrow();
        String simulator = mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value())
                        .with(signedIn(number)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        String back = mvc.perform(post(simulator).param("cardNumber", "4000000000000002").param("expiry", "01/40")
                        .param("securityCode", "999").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(back).endsWith("/payments?outcome=declined");
        assertThat(accrualService.current(number).orElseThrow().paid()).isFalse();
        mvc.perform(get("/payments?outcome=declined").with(signedIn(number)).header("Accept-Language", "de"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ihre Karte wurde abgelehnt")));
    }

    @Test
    void theSimulatorRefusesAnUnknownCardOnItsForm() throws Exception {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        Accrual accrual = accrualService.current(number).orElseThrow();
        String simulator = mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value())
                        .with(signedIn(number)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post(simulator).param("cardNumber", "4242424242424242").param("expiry", "01/40")
                        .param("securityCode", "999").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter one of the two test card numbers")));
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE accrual_number = ?").param(accrual.number().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anotherApplicantCannotPayOrSeeSomeoneElsesAccrual() throws Exception {
        ApplicationNumber owner = applications.submitStudent(ProvinceCode.ISTANBUL);
        ApplicationNumber other = applications.submitStudent(ProvinceCode.ANKARA);
        Accrual accrual = accrualService.current(owner).orElseThrow();

        mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value())
                .with(signedIn(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/payments/receipt").with(signedIn(other))).andExpect(status().isNotFound());
        mvc.perform(get("/payments").with(signedIn(other)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(accrual.number().formatted()))));
        assertThat(jdbc.sql("SELECT count(*) FROM payment_simulator_session WHERE accrual_number = ?")
                .param(accrual.number().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void nobodySignedOutSeesAPaymentPage() throws Exception {
        mvc.perform(get("/payments")).andExpect(redirectedUrl("/residence/continue"));
        mvc.perform(get("/payments/receipt")).andExpect(redirectedUrl("/residence/continue"));
        mvc.perform(post("/payments/pay").param("accrualNumber", "x").with(csrf()))
                .andExpect(redirectedUrl("/residence/continue"));
    }

    @Test
    void theStatusSectionShowsTheAccrualAndThePayAction() {
        ApplicationNumber number = applications.submitStudent(ProvinceCode.ISTANBUL);
        Accrual accrual = accrualService.current(number).orElseThrow();

        StatusSection section = paymentStatus.section(number, Locale.of("tr")).orElseThrow();

        assertThat(section.key()).isEqualTo("payment");
        assertThat(section.lines()).extracting(StatusSection.StatusLine::value)
                .contains(accrual.number().formatted(), "964,00 TRY", "Ödenmedi");
        assertThat(section.actions()).extracting(StatusSection.StatusAction::href).containsExactly("/payments");
        assertThat(section.data()).containsEntry("accrualNumber", accrual.number().value())
                .containsEntry("amountTry", "964.00").containsEntry("paid", false);
    }
}
