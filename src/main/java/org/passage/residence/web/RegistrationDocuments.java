package org.passage.residence.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.pdf.PdfRenderer;
import org.passage.pdf.QrCodes;
import org.passage.provinces.Provinces;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.ApplicationSummary;
import org.passage.residence.ChecklistItem;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.StatusSection;
import org.passage.rules.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registration document ("Print registration document"): a submitted application as a PDF in
 * the reader's language, with application number, identity,
 * permit requested, the parts other modules contribute to the status (accrual number and fee,
 * appointment when booked), the frozen checklist with each item's citation, and a QR code of the
 * status page. None before submission. Rendered for the page ({@code GET /residence/registration-document})
 * and the API alike; the caller decides whose application it may be.
 */
@Component
public class RegistrationDocuments {

    /** One document of the checklist as printed. */
    record Item(String title, String provider, boolean onRequest, String legalisation, String citation) {
    }

    /** One part of the status as printed. */
    record Section(String title, List<StatusSection.StatusLine> lines) {
    }

    private final ResidenceApplications applications;
    private final ResidencePermitAssessments assessments;
    private final List<ApplicationStatusContributor> contributors;
    private final Provinces provinces;
    private final PdfRenderer pdf;

    RegistrationDocuments(ResidenceApplications applications, ResidencePermitAssessments assessments,
            List<ApplicationStatusContributor> contributors, Provinces provinces, PdfRenderer pdf) {
        this.applications = applications;
        this.assessments = assessments;
        this.contributors = contributors;
        this.provinces = provinces;
        this.pdf = pdf;
    }

    /** The document of a submitted application in the reader's language; empty for a draft or an unknown number. */
    public Optional<byte[]> render(ApplicationNumber number, Locale locale) {
        Optional<ApplicationSummary> found = applications.find(number).filter(a -> a.state() != ApplicationState.DRAFT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApplicationSummary application = found.get();
        String statusUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(StatusController.PATH).toUriString();
        return Optional.of(pdf.render("residence/registration-document-pdf", Map.ofEntries(
                Map.entry("application", application),
                Map.entry("number", application.number().formatted()),
                Map.entry("kind", title("applicationKind", application.applicationKind(), locale)),
                Map.entry("permitType", title("permitType", application.permitType(), locale)),
                Map.entry("detail", detail(application, locale)),
                Map.entry("nationality", country(application.nationality(), locale)),
                Map.entry("province", application.province() == null ? ""
                        : provinces.get(application.province()).name(locale)),
                Map.entry("birthDate", application.birthDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale))),
                Map.entry("submittedOn", application.applicationDate().format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))),
                Map.entry("sections", sections(application, locale)),
                Map.entry("checklist", application.checklist().stream().map(item -> item(item, locale)).toList()),
                Map.entry("statusUrl", statusUrl),
                Map.entry("qrCode", QrCodes.pngDataUri(statusUrl, 240))), locale));
    }

    private List<Section> sections(ApplicationSummary application, Locale locale) {
        return contributors.stream().map(c -> c.section(application.number(), locale)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(StatusSection::order))
                .map(s -> new Section(s.title(), s.lines())).toList();
    }

    private String detail(ApplicationSummary application, Locale locale) {
        if (application.studyLevel() != null) {
            return title("studyLevel", application.studyLevel(), locale);
        }
        if (application.reason() != null) {
            return title("shortTermReason", application.reason(), locale);
        }
        return application.relationship() == null ? "" : title("relationship", application.relationship(), locale);
    }

    private String title(String group, String code, Locale locale) {
        LocalizedText text = assessments.rulebook().vocabulary().getOrDefault(group, Map.of()).get(code);
        return text == null ? code : text.in(locale);
    }

    /** The country's name in the reader's language; a code without an ISO name (CY-TRNC) as it is. */
    private static String country(String code, Locale locale) {
        String name = code.length() == 2 ? Locale.of("", code).getDisplayCountry(locale) : code;
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    private static Item item(ChecklistItem item, Locale locale) {
        return new Item(item.title().in(locale), item.provider(), item.onRequest(), item.legalisation(),
                item.citationSourceIn(locale) + ", " + item.citationSection());
    }
}
