package org.passage.residence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.residence.StatusSection.StatusAction;
import org.passage.residence.StatusSection.StatusLine;
import org.passage.residence.application.Applications;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.application.ReviewTexts;
import org.springframework.stereotype.Component;

/**
 * The review's parts of the applicant's status: while documents are missing, which ones and by
 * when ({@code missingDocuments}); once decided, the permit with its validity or the refusal
 * grounds with the explanation ({@code decision}). Both come before the appointment and payment.
 */
@Component
class ReviewStatusContributor implements ApplicationStatusContributor {

    static final int DECISION_ORDER = 5;
    static final int MISSING_DOCUMENTS_ORDER = 6;

    private final Applications applications;
    private final ReviewTexts texts;

    ReviewStatusContributor(Applications applications, ReviewTexts texts) {
        this.applications = applications;
        this.texts = texts;
    }

    @Override
    public Optional<StatusSection> section(ApplicationNumber number, Locale locale) {
        return applications.find(number).flatMap(a -> a.decision() != null ? Optional.of(decision(a, locale))
                : a.state() == ApplicationState.MISSING_DOCUMENTS ? Optional.of(missingDocuments(a, locale))
                : Optional.empty());
    }

    private StatusSection missingDocuments(ResidenceApplication a, Locale locale) {
        MissingDocuments request = a.missingDocuments();
        var checklist = a.submission().assessment().checklist();
        List<StatusLine> lines = new ArrayList<>();
        lines.add(new StatusLine(texts.text("review.status.due-date", locale), texts.date(request.dueDate(), locale)));
        List<Map<String, String>> items = new ArrayList<>();
        for (String code : request.items()) {
            String title = texts.item(code, checklist, locale);
            lines.add(new StatusLine(texts.text("review.status.missing-item", locale), title));
            items.add(Map.of("code", code, "title", title));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", items);
        data.put("dueDate", request.dueDate().toString());
        if (request.note() != null) {
            lines.add(new StatusLine(texts.text("review.status.note", locale), request.note()));
            data.put("note", request.note());
        }
        return new StatusSection("missingDocuments", MISSING_DOCUMENTS_ORDER,
                texts.text("review.status.missing-documents.title", locale), lines,
                List.of(new StatusAction(texts.text("review.status.upload", locale),
                        "/residence/continue?number=" + a.number().value() + "&next=documents")), data);
    }

    private StatusSection decision(ResidenceApplication a, Locale locale) {
        Decision decision = a.decision();
        List<StatusLine> lines = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcome", decision.outcome().name());
        data.put("decidedAt", decision.decidedAt().toString());
        lines.add(new StatusLine(texts.text("review.status.outcome", locale),
                texts.text("review.outcome." + decision.outcome(), locale)));
        if (decision.permit() != null) {
            IssuedPermit permit = decision.permit();
            lines.add(new StatusLine(texts.text("review.status.permit-number", locale), permit.number().formatted()));
            lines.add(new StatusLine(texts.text("review.status.permit-type", locale),
                    texts.permitType(permit.permitType(), locale)));
            if (permit.reason() != null) {
                lines.add(new StatusLine(texts.text("review.status.permit-reason", locale),
                        texts.permitReason(permit.reason(), locale)));
                data.put("reason", permit.reason());
            }
            lines.add(new StatusLine(texts.text("review.status.validity", locale), texts.validity(permit, locale)));
            data.put("permitNumber", permit.number().formatted());
            data.put("permitType", permit.permitType());
            data.put("validFrom", permit.validFrom().toString());
            if (permit.validUntil() != null) {
                data.put("validUntil", permit.validUntil().toString());
            }
            if (permit.shorteningReason() != null) {
                lines.add(new StatusLine(texts.text("review.status.shortened", locale), permit.shorteningReason()));
                data.put("shorteningReason", permit.shorteningReason());
            }
        } else {
            List<Map<String, String>> grounds = new ArrayList<>();
            for (String code : decision.grounds()) {
                String title = texts.ground(code, locale);
                String citation = texts.groundCitation(code, locale);
                lines.add(new StatusLine(texts.text("review.status.ground", locale), title + " (" + citation + ")"));
                grounds.add(Map.of("code", code, "title", title, "citation", citation));
            }
            data.put("grounds", grounds);
            if (decision.explanation() != null) {
                lines.add(new StatusLine(texts.text("review.status.explanation", locale), decision.explanation()));
                data.put("explanation", decision.explanation());
            }
        }
        return new StatusSection("decision", DECISION_ORDER, texts.text("review.status.decision.title", locale), lines,
                List.of(new StatusAction(texts.text("review.status.letter", locale),
                        "/residence/application/decision-letter")), data);
    }
}
