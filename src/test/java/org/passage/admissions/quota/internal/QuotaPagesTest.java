package org.passage.admissions.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registrar's register page and the public page of quotas and tuition. */
@PassageIntegrationTest
@Import(QuotaUniversities.class)
class QuotaPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    QuotaUniversities universities;

    String university() {
        return universities.create(new String[] {"PHYSICS", "LAW"}, new String[] {"OTHER", "LAW"}, new int[] {5, 2});
    }

    MockHttpServletRequestBuilder line(StaffPrincipal by, String programme, String osys, String foreign) {
        return post("/staff/admissions/quotas").with(TestStaff.signedIn(by)).with(csrf()).param("year", "2027")
                .param("programme", programme).param("osysQuota", osys)
                .param("osysSource", "ÖSYS 2026 Tercih Kılavuzu, Tablo 4").param("foreignQuota", foreign)
                .param("tuition", "25000").param("currency", "usd");
    }

    String page(String path, StaffPrincipal by, String lang) throws Exception {
        var request = get(path).header("Accept-Language", lang);
        if (by != null) {
            request = request.with(TestStaff.signedIn(by));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRegistrarEntersALineAndCandidatesSeeItsQuotaAndTuitionInThreeLanguages() throws Exception {
        String u = university();
        StaffPrincipal registrar = staff.registrar(u);

        mvc.perform(line(registrar, "PHYSICS", "30", "15")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "admissions.quota.recorded"));

        assertThat(page("/staff/admissions/quotas?year=2027", registrar, "en"))
                .contains("Quota register 2027", "ÖSYS 2026 Tercih Kılavuzu, Tablo 4", "PHYSICS en");
        assertThat(page("/admission/quotas/" + u + "/2027", null, "en"))
                .contains("Test University: quotas and tuition 2027–2028", "PHYSICS en", "25,000 USD")
                .doesNotContain("LAW en");
        assertThat(page("/admission/quotas/" + u + "/2027", null, "tr"))
                .contains("Deneme Üniversitesi: 2027–2028 kontenjanları ve ücretleri", "PHYSICS tr", "25.000 USD");
        assertThat(page("/admission/quotas/" + u + "/2027", null, "de"))
                .contains("Testuniversität: Quoten und Gebühren 2027–2028", "PHYSICS de");
        assertThat(page("/admission/quotas", null, "en")).contains("/admission/quotas/" + u + "/2027");
    }

    @Test
    void tuitionIsReadAsThePagesLanguageWritesMoneyAndAnUnknownCurrencyIsRefused() throws Exception {
        String u = university();
        StaffPrincipal registrar = staff.registrar(u);

        mvc.perform(line(registrar, "PHYSICS", "30", "15").param("lang", "tr").param("tuition", "1.250,50")
                .param("currency", "xyz")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "admissions.quota.error.input"));
        assertThat(page("/staff/admissions/quotas?year=2027", registrar, "en")).contains("id=\"no-lines\"")
                .doesNotContain("id=\"register\"");

        mvc.perform(post("/staff/admissions/quotas?lang=tr").with(TestStaff.signedIn(registrar)).with(csrf())
                .param("year", "2027").param("programme", "PHYSICS").param("osysQuota", "30")
                .param("osysSource", "ÖSYS 2026 Tercih Kılavuzu").param("foreignQuota", "15")
                .param("tuition", "25.000").param("currency", "usd")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "admissions.quota.recorded"));

        assertThat(page("/admission/quotas/" + u + "/2027", null, "en")).contains("25,000 USD");
    }

    @Test
    void aProposalOverHalfIsRefusedWithTheFindingAndTheDirectiveItCites() throws Exception {
        String u = university();
        StaffPrincipal registrar = staff.registrar(u);

        var result = mvc.perform(line(registrar, "PHYSICS", "30", "16").param("lang", "en"))
                .andExpect(status().is3xxRedirection()).andReturn();

        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) result.getFlashMap().get("findings");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f)
                .contains("Foreign-student quota exceeds half of the previous year's ÖSYS quota")
                .contains("section 7.1").contains("Koç").doesNotContain("QUOTA_OVER_HALF").doesNotContain("004"));
        assertThat(page("/staff/admissions/quotas?year=2027", registrar, "en")).contains("id=\"no-lines\"");
    }

    @Test
    void badInputGetsALocalizedErrorAndNoLine() throws Exception {
        String u = university();
        StaffPrincipal registrar = staff.registrar(u);

        mvc.perform(line(registrar, "PHYSICS", "thirty", "15")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "admissions.quota.error.input"));
        mvc.perform(line(registrar, "PHYSICS", "30", "15").param("year", "next year"))
                .andExpect(status().isBadRequest());
        mvc.perform(line(registrar, "NOT_OURS", "30", "15")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "admissions.quota.error.input"));
    }

    @Test
    void aRegistrarSeesOnlyTheirOwnUniversitysRegisterAndACommitteeMemberNone() throws Exception {
        String a = university();
        String b = university();
        mvc.perform(line(staff.registrar(a), "PHYSICS", "30", "15")).andExpect(status().is3xxRedirection());

        assertThat(page("/staff/admissions/quotas?year=2027", staff.registrar(b), "en"))
                .contains("id=\"no-lines\"").doesNotContain("ÖSYS 2026 Tercih Kılavuzu");
        mvc.perform(get("/staff/admissions/quotas").with(TestStaff.signedIn(staff.committeeMember(a))))
                .andExpect(status().isForbidden());
        mvc.perform(line(staff.committeeMember(a), "PHYSICS", "30", "10")).andExpect(status().isForbidden());
    }

    @Test
    void aTransferIntoLawWithoutAYokDecisionIsRefusedOnThePage() throws Exception {
        String u = university();
        StaffPrincipal registrar = staff.registrar(u);
        mvc.perform(line(registrar, "PHYSICS", "30", "5")).andExpect(status().is3xxRedirection());
        mvc.perform(line(registrar, "LAW", "30", "2")).andExpect(status().is3xxRedirection());

        var refused = mvc.perform(post("/staff/admissions/quotas/transfers").with(TestStaff.signedIn(registrar))
                .with(csrf()).param("lang", "en").param("year", "2027").param("intake", QuotaUniversities.INTAKE)
                .param("from", "PHYSICS").param("to", "LAW").param("seats", "1")
                .param("boardDecision", "Senato 2027/20")).andExpect(status().is3xxRedirection()).andReturn();

        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) refused.getFlashMap().get("findings");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f).contains("YÖK Executive Board")
                .contains("section 7.7"));

        mvc.perform(post("/staff/admissions/quotas/transfers").with(TestStaff.signedIn(registrar)).with(csrf())
                .param("year", "2027").param("intake", QuotaUniversities.INTAKE).param("from", "PHYSICS")
                .param("to", "LAW").param("seats", "1").param("boardDecision", "Senato 2027/20")
                .param("yokDecision", "YÖK Yürütme Kurulu 2027/9"))
                .andExpect(flash().attribute("done", "admissions.quota.transferred"));
        assertThat(page("/staff/admissions/quotas?year=2027", registrar, "en")).contains("YÖK Yürütme Kurulu 2027/9");
    }
}
