package org.passage.residence.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passage.residence.ChecklistItem;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.rules.LocalizedText;
import org.passage.rules.RefusalGround;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the review in the reader's language: dates, checklist items, refusal grounds, permit
 * types and the one-sentence decision the notifications carry. Bundle {@code residence/review}.
 */
@Component
public class ReviewTexts {

    private final MessageSource messages;
    private final ResidencePermitAssessments assessments;

    ReviewTexts(MessageSource messages, ResidencePermitAssessments assessments) {
        this.messages = messages;
        this.assessments = assessments;
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** The title of a checklist item of this checklist (the code itself when it is not on it). */
    public String item(String code, List<ChecklistItem> checklist, Locale locale) {
        return checklist.stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> i.title().in(locale)).orElse(code);
    }

    /** The title of a refusal ground of the rulebook. */
    public String ground(String code, Locale locale) {
        RefusalGround ground = assessments.rulebook().refusalGrounds().get(code);
        return ground == null ? code : ground.title().in(locale);
    }

    /** "Law No. 6458 …, Art. 32(a)": where a refusal ground comes from. */
    public String groundCitation(String code, Locale locale) {
        RefusalGround ground = assessments.rulebook().refusalGrounds().get(code);
        if (ground == null) {
            return "";
        }
        String source = ground.citation().sourceIn(locale);
        return messages.getMessage("checklist.citation", new Object[] {source, ground.citation().section()}, locale);
    }

    public String permitType(String code, Locale locale) {
        return vocabulary("permitType", code, locale);
    }

    /** The title of a permit's reason, study level or relationship, whichever group holds the code. */
    public String permitReason(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        for (String group : List.of("shortTermReason", "studyLevel", "relationship")) {
            LocalizedText title = assessments.rulebook().vocabulary().getOrDefault(group, Map.of()).get(code);
            if (title != null) {
                return title.in(locale);
            }
        }
        return code;
    }

    /** The permit's validity as one phrase: "1 December 2026 – 30 November 2027", or "indefinite". */
    public String validity(IssuedPermit permit, Locale locale) {
        return permit.validUntil() == null
                ? text("review.validity.indefinite", locale, date(permit.validFrom(), locale))
                : text("review.validity.period", locale, date(permit.validFrom(), locale),
                        date(permit.validUntil(), locale));
    }

    /** The decision in one sentence, for the DECISION_MADE notification. */
    public String decision(Decision decision, Locale locale) {
        if (decision.outcome() == Decision.Outcome.APPROVED) {
            IssuedPermit permit = decision.permit();
            return text("review.notification.approved", locale, permitType(permit.permitType(), locale),
                    permit.number().formatted(), validity(permit, locale));
        }
        List<String> grounds = decision.grounds().stream().map(g -> ground(g, locale)).toList();
        return text("review.notification.rejected", locale, String.join("; ", grounds));
    }

    private String vocabulary(String group, String code, Locale locale) {
        LocalizedText title = assessments.rulebook().vocabulary().getOrDefault(group, Map.of()).get(code);
        return title == null ? code : title.in(locale);
    }
}
