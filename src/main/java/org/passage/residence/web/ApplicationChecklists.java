package org.passage.residence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.forms.Answers;
import org.passage.residence.ChecklistItem;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ResidencePermitRequest;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Attachment;
import org.passage.residence.application.ResidenceApplication;
import org.passage.rules.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * An application's checklist of documents: the frozen one once submitted, else the one its answers
 * give today (empty while answers are missing); and each item's upload state, for the documents page,
 * the check page and the overview.
 */
@Component
class ApplicationChecklists {

    /** A checklist item with how many files were uploaded for it. */
    record ItemState(String code, String title, int files) {

        public boolean uploaded() {
            return files > 0;
        }
    }

    private final ApplicationJourney journey;
    private final ResidencePermitAssessments assessments;
    private final Clock clock;

    ApplicationChecklists(ApplicationJourney journey, ResidencePermitAssessments assessments, Clock clock) {
        this.journey = journey;
        this.assessments = assessments;
        this.clock = clock;
    }

    List<ChecklistItem> of(ResidenceApplication application) {
        if (application.submission() != null) {
            return application.submission().assessment().checklist();
        }
        Answers answers = new Answers();
        application.answers().forEach(answers::put);
        LocalDate today = LocalDate.now(clock);
        if (Step.firstIncomplete(Step.APPLICATION, answers, today).isPresent()) {
            return List.of();
        }
        ResidencePermitRequest r = ChecklistRequests.of(answers, today);
        ResidencePermitRequest request = new ResidencePermitRequest(r.applicationKind(), r.permitType(), r.reason(),
                r.studyLevel(), r.relationship(), today, answers.get("applicantRole"), r.applicant(), r.study(),
                r.stay(), r.sponsor(), r.circumstances());
        try {
            var rulebook = assessments.rulebook();
            return assessments.assess(request, false).documents().stream()
                    .map(d -> new ChecklistItem(d.code(), d.title(), d.why(), d.provider().name(), d.onRequest(),
                            d.legalisation().name(), rulebook.sources().getOrDefault(d.citation().source(),
                                    d.citation().source()), d.citation().section(), d.citation().document()))
                    .toList();
        } catch (InvalidRequestException e) {
            return List.of();
        }
    }

    /** Each item of the checklist with its number of uploaded files, in the checklist's order. */
    List<ItemState> states(ResidenceApplication application, Locale locale) {
        var counts = journey.attachments(application.number()).stream()
                .collect(Collectors.groupingBy(Attachment::itemCode, Collectors.counting()));
        return of(application).stream().map(item -> new ItemState(item.code(), item.title().in(locale),
                counts.getOrDefault(item.code(), 0L).intValue())).toList();
    }

    /** The items without any upload that the applicant is expected to bring (those only on request left out). */
    List<ItemState> withoutUpload(ResidenceApplication application, Locale locale) {
        Set<String> onRequest = of(application).stream().filter(ChecklistItem::onRequest).map(ChecklistItem::code)
                .collect(Collectors.toSet());
        return states(application, locale).stream().filter(s -> !s.uploaded() && !onRequest.contains(s.code()))
                .toList();
    }
}
