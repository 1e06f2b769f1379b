package org.passage.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A year without official amounts: fees cannot be paid until an administrator enters them, on a
 * page for administrators only. Uses the year 2099, which the fee table has no period for.
 */
@PassageIntegrationTest
class FeeAdministrationIntegrationTest {

    static final int YEAR = 2099;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccrualService accrualService;
    @Autowired
    FeeAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    PaymentStatusContributor paymentStatus;
    @Autowired
    TestStaff staff;

    private StaffPrincipal admin;

    @BeforeEach
    void noAmountsOfTheYearEntered() {
        jdbc.sql("DELETE FROM payment_fee_entry WHERE year = ?").param(YEAR).update();
    }

    @Test
    void aFeeOfAYearWithoutOfficialAmountsIsRefusedWithAClearPageUntilTheAdministratorEntersThem() throws Exception {
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
        assertThat(jdbc.sql("SELECT count(*) FROM payment_simulator_session WHERE accrual_number = ?")
                .param(accrual.number().value()).query(Integer.class).single()).isZero();

        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "CARD_FEE").param("group", "GENERAL").param("year", "2099")
                .param("amount", "1500.00").param("source", "Resmî Gazete 24.12.2098, sayı 1").param("enteredBy", "Ayşe")
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "PERMIT_FEE").param("group", "GENERAL").param("year", "2099")
                .param("firstMonth", "100.00").param("followingMonth", "50.00")
                .param("source", "Resmî Gazete 24.12.2098, sayı 1").param("enteredBy", "Ayşe")
                .with(csrf())).andExpect(status().is3xxRedirection());

        Accrual refreshed = accrualService.current(number).orElseThrow();
        assertThat(refreshed.amount()).hasValueSatisfying(a -> assertThat(a.plain()).isEqualTo("2150.00"));
        mvc.perform(post("/payments/pay").param("accrualNumber", accrual.number().value()).with(signedIn(number))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anEnteredAmountShowsInTheStatusSectionReadInAReadOnlyTransaction() {
        ApplicationNumber number = ApplicationNumber.random();
        accrualService.open(number, new FeeBasis(LocalDate.of(YEAR, 3, 1), "STUDENT", "BACHELOR", "SY", 12));
        administration.enter("CARD_FEE", "GENERAL", YEAR, "1500.00", null, null, "Resmî Gazete", "Ayşe");

        var section = new org.springframework.transaction.support.TransactionTemplate(transactions) {
            {
                setReadOnly(true);
            }
        }.execute(status -> paymentStatus.section(number, java.util.Locale.ENGLISH).orElseThrow());

        assertThat(section.data()).containsEntry("amountTry", "1500.00");
    }

    @Test
    void anEntryIsFinal() throws Exception {
        administration.enter("CARD_FEE", "GENERAL", YEAR, "1500.00", null, null, "Resmî Gazete", "Ayşe");

        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "CARD_FEE").param("group", "GENERAL").param("year", "2099")
                        .param("amount", "1.00").param("source", "x source").param("enteredBy", "Mallory").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("entries are final")));
    }

    @Test
    void anOfficialAmountCannotBeReplaced() throws Exception {
        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "CARD_FEE").param("group", "GENERAL").param("year", "2026")
                        .param("amount", "1.00").param("source", "x").param("enteredBy", "Mallory").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("has an official amount")));
    }

    @Test
    void anAmountNotExactToTheKurusOrInTheWrongFieldsIsRefused() throws Exception {
        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "CARD_FEE").param("group", "GENERAL").param("year", "2099")
                .param("amount", "12.345").param("source", "RG").param("enteredBy", "A").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "PERMIT_FEE").param("group", "GENERAL").param("year", "2099")
                .param("amount", "12.00").param("source", "RG").param("enteredBy", "A").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/fees").with(asAdmin())
                .param("item", "NOPE").param("year", "abc").with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM payment_fee_entry WHERE year = ?").param(YEAR)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theAdminPageShowsUnverifiedFiguresAsSuchToAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/fees").with(asAdmin()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Unverified (not charged)")))
                .andExpect(content().string(Matchers.containsString("Sıra No: 97")));
        RequestPostProcessor officer = TestStaff.signedIn(staff.officer(ProvinceCode.ISTANBUL));
        mvc.perform(get("/admin/fees").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/fees").param("item", "CARD_FEE").param("group", "GENERAL").param("year", "2099")
                .param("amount", "1.00").param("source", "RG").param("enteredBy", "A").with(csrf())
                .with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/fees")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM payment_fee_entry WHERE year = ?").param(YEAR)
                .query(Integer.class).single()).isZero();
    }

    /** Acts as an administrator of this test class. */
    private RequestPostProcessor asAdmin() {
        if (admin == null) {
            admin = staff.admin();
        }
        return TestStaff.signedIn(admin);
    }
}
