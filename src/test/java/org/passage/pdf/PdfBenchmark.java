package org.passage.pdf;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * First-render and warm times of every PDF the application renders. Each PDF is made the way its
 * integration test makes it (real data through the real controller or service, in the shared test
 * context); {@link PdfTimings} times the renders. The first PDF of the run is the first PDF of the JVM
 * (cold renderer); the others are each template's first render after it. Then the first call of
 * each template is rendered again {@code warm} times (median and slowest printed). Wall-clock times
 * and the rendering thread's CPU time are printed: on a shared machine the CPU time is the steadier.
 *
 * <p>Run with {@code bench/pdf.sh}; never part of the test suite. Settings (system properties):
 * {@code first} (a template rendered first, default the registration document), {@code warm} (20).
 */
public final class PdfBenchmark {

    /** Each PDF template with a test method that renders it. */
    static final Map<String, String> PDFS = new LinkedHashMap<>();

    static {
        PDFS.put("residence/registration-document-pdf",
                "org.passage.residence.web.RegistrationDocumentIntegrationTest#theDocumentIsInTheApplicantsLanguage");
        PDFS.put("residence/decision-letter-pdf",
                "org.passage.residence.web.DecisionLetterIntegrationTest#theApprovalLetterIsInThePagesLanguageWithTurkishLettersIntact");
        PDFS.put("payments/receipt-pdf",
                "org.passage.payments.internal.PaymentJourneyIntegrationTest#anApplicantPaysWithTheSimulatorsSucceedingCardAndGetsAReceipt");
        PDFS.put("admissions/letter-pdf",
                "org.passage.admissions.letters.LettersIntegrationTest#theLetterPdfInTurkishCarriesTheVerificationCodeAndAQrCode");
        PDFS.put("visa/file/cover-pdf",
                "org.passage.visa.file.internal.VisaFilePdfIntegrationTest#theCoverSheetNamesTheFileEachPersonTheirDocumentsAndFeesInEveryLanguage");
        PDFS.put("visa/file/receipt-pdf",
                "org.passage.visa.file.internal.VisaFilePdfIntegrationTest#afterTheFeeIsPaidTheApplicantAndTheCentreGetTheReceiptWithEachPersonsFee");
        PDFS.put("university/follow-up-pdf",
                "org.passage.university.UniversityJourneyIntegrationTest#thePdfListsTheStudentsWithStudentNumberProgrammeAndLevelForTheOwnOfficeOnly");
        PDFS.put("admissions/quota-export-pdf",
                "org.passage.admissions.quota.internal.QuotaExportTest#thePdfListsTheProposalWithItsHeadingsInTheLanguageAsked");
    }

    private PdfBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("passage.bench.pdf", "true");
        String first = System.getProperty("first", "residence/registration-document-pdf");
        int warm = Integer.getInteger("warm", 20);
        List<String> order = new ArrayList<>(PDFS.keySet());
        if (order.remove(first)) {
            order.addFirst(first);
        }
        Launcher launcher = LauncherFactory.create();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (String template : order) {
            int before = PdfTimings.RENDERS.size();
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(PDFS.get(template)))
                    .build(), summary);
            if (summary.getSummary().getTotalFailureCount() > 0 || summary.getSummary().getTestsSucceededCount() == 0) {
                summary.getSummary().getFailures().forEach(f -> f.getException().printStackTrace());
                throw new IllegalStateException("the test rendering " + template + " did not pass");
            }
            for (int i = before; i < PdfTimings.RENDERS.size(); i++) {
                if (PdfTimings.RENDERS.get(i).template().equals(template)) {
                    firstIndex.put(template, i);
                    break;
                }
            }
        }
        System.out.printf("%n%-38s %10s %10s %10s %10s %10s %6s%n", "PDF template", "first ms", "warm p50", "warm max",
                "first cpu", "warm cpu", "KiB");
        for (String template : order) {
            Integer index = firstIndex.get(template);
            if (index == null) {
                System.out.printf("%-38s %10s%n", template, "not rendered by its test");
                continue;
            }
            PdfTimings.Render render = PdfTimings.RENDERS.get(index);
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < warm; i++) {
                long cpuBefore = PdfTimings.CPU.getCurrentThreadCpuTime();
                long began = System.nanoTime();
                render.renderer().render(render.template(), render.variables(), render.locale());
                times.add(System.nanoTime() - began);
                cpu.add(PdfTimings.CPU.getCurrentThreadCpuTime() - cpuBefore);
            }
            times.sort(null);
            cpu.sort(null);
            System.out.printf("%-38s %10.0f %10.0f %10.0f %10.0f %10.0f %6d%s%n", template, render.nanos() / 1e6,
                    times.get(times.size() / 2) / 1e6, times.getLast() / 1e6, render.cpuNanos() / 1e6,
                    cpu.get(cpu.size() / 2) / 1e6, render.bytes() / 1024,
                    template.equals(order.getFirst()) ? "   (first PDF of the JVM)" : "");
        }
        System.exit(0);
    }
}
