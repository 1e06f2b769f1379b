package org.passage.residence;

import org.passage.calendar.TurkiyeTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.pdf.PdfRenderer;
import org.passage.provinces.Provinces;
import org.passage.residence.application.Applications;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.ReviewTexts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letter of a decided application as a PDF in the applicant's language (the language
 * of their correspondence, tr, en or de, whatever the reader's page language): who, which
 * application, the decision, and either the permit with its validity (and why it is shorter) or
 * each refusal ground with its legal source and the officer's explanation.
 */
@Service
public class DecisionLetters {

    /** One refusal ground as printed. */
    record Ground(String title, String citation) {
    }

    private static final ZoneId TURKIYE = TurkiyeTime.ZONE;

    private final Applications applications;
    private final ReviewTexts texts;
    private final Provinces provinces;
    private final PdfRenderer pdf;

    DecisionLetters(Applications applications, ReviewTexts texts, Provinces provinces, PdfRenderer pdf) {
        this.applications = applications;
        this.texts = texts;
        this.provinces = provinces;
        this.pdf = pdf;
    }

    /** The letter of application {@code number}; empty while it is not decided. */
    @Transactional(readOnly = true)
    public Optional<byte[]> letter(ApplicationNumber number) {
        return applications.find(number).filter(a -> a.decision() != null).map(a -> render(a, a.contact().language()));
    }

    /** The letter of application {@code number} in {@code language} (the page the applicant reads); empty while it is not decided. */
    @Transactional(readOnly = true)
    public Optional<byte[]> letter(ApplicationNumber number, Locale language) {
        return applications.find(number).filter(a -> a.decision() != null).map(a -> render(a, language));
    }

    private byte[] render(ResidenceApplication a, Locale locale) {
        Decision decision = a.decision();
        IssuedPermit permit = decision.permit();
        String province = a.appointmentProvince() != null ? provinces.get(a.appointmentProvince()).name(locale)
                : a.province() == null ? "" : provinces.get(a.province()).name(locale);
        List<Ground> grounds = decision.grounds().stream()
                .map(code -> new Ground(texts.ground(code, locale), texts.groundCitation(code, locale))).toList();
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("number", a.number().formatted());
        variables.put("approved", decision.outcome() == Decision.Outcome.APPROVED);
        variables.put("outcome", texts.text("review.outcome." + decision.outcome(), locale));
        variables.put("directorate", texts.text("review.letter.directorate", locale, province));
        variables.put("decidedOn", texts.date(decision.decidedAt().atZone(TURKIYE).toLocalDate(), locale));
        variables.put("givenNames", a.identity().givenNames());
        variables.put("surname", a.identity().surname());
        variables.put("birthDate", texts.date(a.identity().birthDate(), locale));
        variables.put("passport", a.identity().passportNumber().value());
        variables.put("nationality", country(a.identity().nationality(), locale));
        variables.put("permitRequested", texts.permitType(a.submission().permitType(), locale));
        variables.put("submittedOn", texts.date(a.submission().applicationDate(), locale));
        variables.put("grounds", grounds);
        variables.put("explanation", decision.explanation());
        if (permit != null) {
            variables.put("permitNumber", permit.number().formatted());
            variables.put("permitType", texts.permitType(permit.permitType(), locale));
            variables.put("permitReason", texts.permitReason(permit.reason(), locale));
            variables.put("validity", texts.validity(permit, locale));
            variables.put("shortening", permit.shorteningReason());
        }
        return pdf.render("residence/decision-letter-pdf", variables, locale);
    }

    private static String country(String code, Locale locale) {
        String name = code.length() == 2 ? Locale.of("", code).getDisplayCountry(locale) : code;
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
