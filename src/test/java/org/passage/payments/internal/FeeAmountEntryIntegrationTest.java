package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year without official amounts: fees cannot be paid until one administrator proposes the
 * amounts on the parameter page and a second approves them. Uses the year 2099, which the
 * rulebook has no period for.
 */
@PassageIntegrationTest
class FeeAmountEntryIntegrationTest {

    static final int YEAR = 2099;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccrualService accrualService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PaymentStatusContributor paymentStatus;

    @BeforeEach
    @AfterEach
    void noAmountsOfTheYearEntered() {
        jdbc.sql("DELETE FROM rule_parameter_value WHERE valid_from = ?").param(LocalDate.of(YEAR, 1, 1)).update();
    }

    @Test
    void aFeeOfAYearWithoutOfficialAmountsIsRefusedUntilTwoAdministratorsEnterThem() throws Exception {
        ApplicationNumber number = ApplicationNumber.random();
        Accrual accrual = accrualService.open(number, new FeeBasis(LocalDate.of(YEAR, 3, 1), "SHORT_TERM", null, "SY", 12));
        assertThat(accrual.amount()).isEmpty();

        mvc.perform(get("/payments").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Not yet known")));
        mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value()).with(signedIn(number))
                        .with(csrf()).header("Accept-Language", "tr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Ödeme henüz yapılamıyor")));

        StaffPrincipal alice = staff.admin();
        StaffPrincipal bob = staff.admin();
        for (String[] amount : new String[][] {{"CARD_FEE_TRY", "1500.00"}, {"PERMIT_FEE_FIRST_MONTH_TRY", "100.00"},
                {"PERMIT_FEE_FOLLOWING_MONTH_TRY", "50.00"}}) {
            mvc.perform(proposal(amount[0], YEAR + "-01-01", amount[1]).with(TestStaff.signedIn(alice)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(accrualService.current(number).orElseThrow().amount()).as("proposed, not approved").isEmpty();

        for (Long id : jdbc.sql("SELECT id FROM rule_parameter_value WHERE valid_from = ? AND state = 'PROPOSED'")
                .param(LocalDate.of(YEAR, 1, 1)).query(Long.class).list()) {
            mvc.perform(post("/admin/parameters/proposals/{id}/approve", id).with(TestStaff.signedIn(bob))
                    .with(csrf())).andExpect(status().is3xxRedirection());
        }

        Accrual refreshed = accrualService.current(number).orElseThrow();
        assertThat(refreshed.amount()).hasValueSatisfying(a -> assertThat(a.plain()).isEqualTo("2150.00"));
        mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value()).with(signedIn(number))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anApprovedAmountShowsInTheStatusSectionReadInAReadOnlyTransaction() {
        ApplicationNumber number = ApplicationNumber.random();
        accrualService.open(number, new FeeBasis(LocalDate.of(YEAR, 3, 1), "STUDENT", "BACHELOR", "SY", 12));
        jdbc.sql("""
                INSERT INTO rule_parameter_value (rulebook, parameter, valid_from, valid_to, value, publisher, title,
                    section, published_on, state, proposed_by, proposed_at, decided_by, decided_at)
                VALUES ('tr-residence', 'CARD_FEE_TRY', ?, ?, '1500.00', 'Resmî Gazete', 'Tebliğ', 'sıra 4', ?,
                    'APPROVED', 'alice', now(), 'bob', now())""")
                .params(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR - 1, 12, 24)).update();

        var section = new TransactionTemplate(transactions) {
            {
                setReadOnly(true);
            }
        }.execute(status -> paymentStatus.section(number, Locale.ENGLISH).orElseThrow());

        assertThat(section.data()).containsEntry("amountTry", "1500.00");
    }

    @Test
    void anOfficialAmountCannotBeReplaced() throws Exception {
        mvc.perform(proposal("CARD_FEE_TRY", "2026-01-01", "1.00").with(asAdmin()).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("has an official figure")));
    }

    @Test
    void anAmountNotExactToTheKurusIsRefused() throws Exception {
        mvc.perform(proposal("CARD_FEE_TRY", YEAR + "-01-01", "12.345").with(asAdmin()).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("at most two decimals")));
        assertThat(jdbc.sql("SELECT count(*) FROM rule_parameter_value WHERE valid_from = ?")
                .param(LocalDate.of(YEAR, 1, 1)).query(Integer.class).single()).isZero();
    }

    @Test
    void theParameterPageShowsUnverifiedFeesAsSuchToAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/parameters").with(asAdmin()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Residence permit card fee")))
                .andExpect(content().string(Matchers.containsString("unverified")))
                .andExpect(content().string(Matchers.containsString("General Communiqué No. 97")));
        RequestPostProcessor officer = TestStaff.signedIn(staff.officer(ProvinceCode.ISTANBUL));
        mvc.perform(get("/admin/parameters").with(officer)).andExpect(status().isForbidden());
        mvc.perform(proposal("CARD_FEE_TRY", YEAR + "-01-01", "1.00").with(csrf()).with(officer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/parameters")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM rule_parameter_value WHERE valid_from = ?")
                .param(LocalDate.of(YEAR, 1, 1)).query(Integer.class).single()).isZero();
    }

    private MockHttpServletRequestBuilder proposal(String parameter, String from, String value) {
        return post("/admin/parameters").param("parameter", "tr-residence/" + parameter).param("from", from)
                .param("to", from.substring(0, 4) + "-12-31").param("value", value)
                .param("publisher", "T.C. Resmî Gazete").param("title", "Muhasebat Genel Müdürlüğü Genel Tebliği")
                .param("section", "Değerli Kâğıtlar Tablosu, sıra 4").param("publishedOn", "2098-12-24");
    }

    private RequestPostProcessor asAdmin() {
        return TestStaff.signedIn(staff.admin());
    }
}
