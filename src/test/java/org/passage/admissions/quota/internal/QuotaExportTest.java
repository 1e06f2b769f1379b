package org.passage.admissions.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The register's report to YÖK: CSV in both dialects and the PDF, the university's own only. */
@PassageIntegrationTest
@Import(QuotaUniversities.class)
class QuotaExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    QuotaUniversities universities;

    String universityWithALine(StaffPrincipal[] registrar) throws Exception {
        String u = universities.create(new String[] {"PHYSICS", "LAW"}, new String[] {"OTHER", "LAW"},
                new int[] {5, 2});
        registrar[0] = staff.registrar(u);
        mvc.perform(post("/staff/admissions/quotas").with(TestStaff.signedIn(registrar[0])).with(csrf())
                .param("year", "2027").param("programme", "PHYSICS").param("osysQuota", "30")
                .param("osysSource", "ÖSYS 2026 Tercih Kılavuzu; Tablo 4").param("foreignQuota", "15")
                .param("tuition", "25000.5").param("currency", "usd")).andExpect(status().is3xxRedirection());
        return u;
    }

    byte[] export(String path, StaffPrincipal by, String lang) throws Exception {
        return mvc.perform(get(path).with(TestStaff.signedIn(by)).header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theTurkishSpreadsheetDialectHasABomSemicolonsAndADecimalComma() throws Exception {
        StaffPrincipal[] registrar = new StaffPrincipal[1];
        universityWithALine(registrar);

        byte[] csv = export("/staff/admissions/quotas/export.csv?year=2027&dialect=semicolon", registrar[0], "tr");

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("Program;Önceki yılın ÖSYS kontenjanı;ÖSYS kontenjanının kaynağı;"
                        + "Önerilen yabancı öğrenci kontenjanı;Aktarımlardan sonra kontenjan;Yıllık ücret;Para birimi;"
                        + "Yeni program");
        assertThat(text).contains("PHYSICS tr;30;\"ÖSYS 2026 Tercih Kılavuzu; Tablo 4\";15;15;25000,50;USD;Hayır\r\n")
                .doesNotContain("LAW tr");
    }

    @Test
    void theCommaDialectIsPlainRfc4180WithADecimalPoint() throws Exception {
        StaffPrincipal[] registrar = new StaffPrincipal[1];
        universityWithALine(registrar);

        byte[] csv = export("/staff/admissions/quotas/export.csv?year=2027&dialect=comma", registrar[0], "en");

        assertThat(csv[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Programme,Previous year's ÖSYS quota,")
                .contains("PHYSICS en,30,ÖSYS 2026 Tercih Kılavuzu; Tablo 4,15,15,25000.50,USD,No\r\n");
        assertThat(new String(export("/staff/admissions/quotas/export.csv?year=2027&dialect=comma", registrar[0],
                "de"), StandardCharsets.UTF_8)).startsWith("Studiengang,ÖSYS-Quote des Vorjahres,");
    }

    @Test
    void thePdfListsTheProposalWithItsHeadingsInTheLanguageAsked() throws Exception {
        StaffPrincipal[] registrar = new StaffPrincipal[1];
        universityWithALine(registrar);

        String de = text(export("/staff/admissions/quotas/export.pdf?year=2027", registrar[0], "de"));
        String tr = text(export("/staff/admissions/quotas/export.pdf?year=2027", registrar[0], "tr"));
        String en = text(export("/staff/admissions/quotas/export.pdf?year=2027", registrar[0], "en"));

        assertThat(de).contains("Vorschlag der Ausländerquoten 2027–2028", "Testuniversität", "PHYSICS de",
                "25.000,50 USD", "Abschnitt 7.1");
        assertThat(tr).contains("Yabancı öğrenci kontenjanı önerisi 2027–2028", "Deneme Üniversitesi", "PHYSICS tr",
                "Önceki yılın ÖSYS kontenjanı");
        assertThat(en).contains("Test University: the foreign-student quota per programme proposed",
                "with the previous year's ÖSYS quota it is checked against");
    }

    @Test
    void theRegisterPageLinksTheExports() throws Exception {
        StaffPrincipal[] registrar = new StaffPrincipal[1];
        universityWithALine(registrar);

        String page = new String(export("/staff/admissions/quotas?year=2027", registrar[0], "en"),
                StandardCharsets.UTF_8);

        assertThat(page).contains("/staff/admissions/quotas/export.csv?year=2027&amp;dialect=semicolon",
                "/staff/admissions/quotas/export.csv?year=2027&amp;dialect=comma",
                "/staff/admissions/quotas/export.pdf?year=2027");
    }

    @Test
    void anotherUniversitysStaffCannotReadTheExport() throws Exception {
        StaffPrincipal[] registrar = new StaffPrincipal[1];
        String a = universityWithALine(registrar);
        String b = universities.create(new String[] {"PHYSICS"}, new String[] {"OTHER"}, new int[] {5});

        mvc.perform(get("/staff/admissions/quotas/export.csv?year=2027").with(TestStaff.signedIn(staff.registrar(b))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/admissions/quotas/export.pdf?year=2027").with(TestStaff.signedIn(staff.registrar(b))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/staff/admissions/quotas/export.csv?year=2027")
                .with(TestStaff.signedIn(staff.committeeMember(a)))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/admissions/quotas/export.csv?year=2027")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/staff/admissions/quotas/export.csv?year=next").with(TestStaff.signedIn(registrar[0])))
                .andExpect(status().isBadRequest());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
