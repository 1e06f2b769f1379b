package org.passage.directorate;

import org.passage.calendar.TurkiyeTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.directorate.ChecklistMarks.Mark;
import org.passage.directorate.OfficerController.ErrorLink;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.passage.residence.ApplicationReviews;
import org.passage.residence.ApplicationState;
import org.passage.residence.ApplicationSummary;
import org.passage.residence.CaseFile;
import org.passage.residence.CaseListing;
import org.passage.residence.ChecklistItem;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.MissingDocuments;
import org.passage.residence.ResidencePermitAssessments;
import org.passage.residence.ReviewRefusedException.Reason;
import org.passage.rules.LocalizedText;
import org.passage.rules.Rulebook;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the queue and the case page into the model, every text in the officer's language. */
@Component
class CasePages {

    /** The states an officer may filter the queue by, in the order of a case's life. */
    static final List<ApplicationState> FILTER_STATES = List.of(ApplicationState.APPOINTMENT_BOOKED,
            ApplicationState.UNDER_REVIEW, ApplicationState.MISSING_DOCUMENTS, ApplicationState.APPROVED,
            ApplicationState.REJECTED, ApplicationState.WITHDRAWN_NO_SHOW);
    /** The filter's value for cases in every state. */
    static final String EVERY_STATE = "ALL";
    private static final ZoneId TURKIYE = TurkiyeTime.ZONE;
    private static final int DEFAULT_BUSINESS_DAYS = 10;

    record Row(String number, String value, String name, String passport, String permitType, String state,
            String stateLabel, String appointment, String province, boolean today) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Line(String label, String value) {
    }

    record Finding(String code, String severity, String message, String citation) {
    }

    record Document(String id, String fileName, String uploadedAt) {
    }

    record Item(String code, String title, String why, String citation, List<Document> documents, String mark,
            String markLabel, boolean requested, boolean checkedForRequest) {
    }

    record Request(List<String> items, String dueDate, String note, String requestedAt, String completedAt) {
    }

    record Ground(String code, String title, String citation, boolean checked) {
    }

    record Event(String at, String actor, String action, String change, String reason) {
    }

    /** A checklist item not in order, for the warning before an approval. */
    record GapLine(String code, String title, String why) {
    }

    private final Provinces provinces;
    private final ResidencePermitAssessments assessments;
    private final ApplicationReviews reviews;
    private final MessageSource messages;
    private final org.passage.university.UniversityIntakes universityIntakes;

    CasePages(Provinces provinces, ResidencePermitAssessments assessments, ApplicationReviews reviews,
            MessageSource messages, org.passage.university.UniversityIntakes universityIntakes) {
        this.universityIntakes = universityIntakes;
        this.provinces = provinces;
        this.assessments = assessments;
        this.reviews = reviews;
        this.messages = messages;
    }

    /** The permit types by code with their titles. */
    Map<String, String> permitTypes(Locale locale) {
        Map<String, String> types = new LinkedHashMap<>();
        rulebook().vocabulary().get("permitType").forEach((code, title) -> types.put(code, title.in(locale)));
        return types;
    }

    void queue(Model model, StaffPrincipal officer, List<CaseListing> cases, ApplicationState state,
            boolean everyState, String permitType, String search, LocalDate today, Locale locale) {
        Map<String, String> types = permitTypes(locale);
        model.addAttribute("rows", cases.stream().map(c -> new Row(c.number().formatted(), c.number().value(),
                c.givenNames() + " " + c.surname(), c.passportNumber().value(), types.getOrDefault(c.permitType(),
                        c.permitType()), c.state().name(), text("journey.state." + c.state(), locale),
                c.appointmentDate() == null ? "" : date(c.appointmentDate(), locale),
                province(c.appointmentProvince(), locale), today.equals(c.appointmentDate()))).toList());
        List<Option> states = new ArrayList<>();
        states.add(new Option("", text("directorate.queue.state.waiting", locale), state == null && !everyState));
        states.add(new Option(EVERY_STATE, text("directorate.queue.state.all", locale), everyState));
        FILTER_STATES.forEach(s -> states.add(new Option(s.name(), text("journey.state." + s, locale), s == state)));
        List<Option> permits = new ArrayList<>();
        permits.add(new Option("", text("directorate.queue.permit.all", locale), permitType == null));
        types.forEach((code, title) -> permits.add(new Option(code, title, code.equals(permitType))));
        model.addAttribute("states", states);
        model.addAttribute("permitTypes", permits);
        model.addAttribute("search", search);
        model.addAttribute("provinces", officer.provinces().stream().map(p -> province(p, locale))
                .collect(Collectors.joining(", ")));
        model.addAttribute("today", date(today, locale));
        model.addAttribute("pageTitle", text("directorate.queue.title", locale) + " – " + text("app.name", locale));
    }

    void casePage(Model model, Casework.Case work, Map<String, String> values, List<ErrorLink> errors, LocalDate today,
            Locale locale) {
        CaseFile file = work.file();
        ApplicationSummary s = file.summary();
        ApplicationState state = s.state();
        model.addAttribute("number", s.number().formatted());
        model.addAttribute("value", s.number().value());
        model.addAttribute("name", s.givenNames() + " " + s.surname());
        model.addAttribute("state", state.name());
        model.addAttribute("stateLabel", text("journey.state." + state, locale));
        model.addAttribute("applicantLines", List.of(
                new Line(text("directorate.case.surname", locale), s.surname()),
                new Line(text("directorate.case.given-names", locale), s.givenNames()),
                new Line(text("directorate.case.birth-date", locale), date(s.birthDate(), locale)),
                new Line(text("directorate.case.nationality", locale), country(s.nationality(), locale)),
                new Line(text("directorate.case.passport", locale), s.passportNumber().value()),
                new Line(text("directorate.case.email", locale), s.contact().email()),
                new Line(text("directorate.case.mobile", locale), s.contact().mobile() == null ? "–"
                        : s.contact().mobile()),
                new Line(text("directorate.case.language", locale),
                        s.contact().language().getDisplayLanguage(locale))));
        List<Line> application = new ArrayList<>();
        application.add(new Line(text("directorate.case.kind", locale), vocabulary("applicationKind",
                s.applicationKind(), locale)));
        application.add(new Line(text("directorate.case.permit", locale), vocabulary("permitType", s.permitType(),
                locale) + detail(s, locale)));
        application.add(new Line(text("directorate.case.submitted", locale), date(s.applicationDate(), locale)));
        if (s.requestedMonths() != null) {
            application.add(new Line(text("directorate.case.requested-months", locale),
                    String.valueOf(s.requestedMonths())));
        }
        application.add(new Line(text("directorate.case.max-validity", locale), s.maxValidityMonths() == null
                ? text("directorate.case.indefinite", locale)
                : text("directorate.case.months", locale, s.maxValidityMonths())));
        application.add(new Line(text("directorate.case.rulebook", locale), s.rulebookVersion()));
        if (file.appointmentDate() != null) {
            application.add(new Line(text("directorate.case.appointment", locale),
                    date(file.appointmentDate(), locale) + ", " + province(file.appointmentProvince(), locale)));
        }
        model.addAttribute("applicationLines", application);
        // What the student's university office received and whether it forwarded the file (step 8).
        model.addAttribute("universityIntake", universityIntakes.section(s.number(), locale).orElse(null));
        model.addAttribute("findings", file.findings().stream().map(f -> new Finding(f.code(), f.severity(),
                f.message().in(locale), text("checklist.citation", locale, f.citationSourceIn(locale), f.citationSection())))
                .toList());

        MissingDocuments open = state == ApplicationState.MISSING_DOCUMENTS
                ? file.missingDocumentRequests().getLast() : null;
        Set<String> checkedItems = values.containsKey("items") ? Set.of(values.get("items").split(","))
                : work.marks().entrySet().stream().filter(e -> e.getValue() != Mark.RECEIVED).map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
        List<Item> items = new ArrayList<>();
        for (ChecklistItem item : s.checklist()) {
            Mark mark = work.marks().get(item.code());
            items.add(new Item(item.code(), item.title().in(locale), item.why().in(locale),
                    text("checklist.citation", locale, item.citationSourceIn(locale), item.citationSection()),
                    file.documents().stream().filter(d -> d.itemCode().equals(item.code()))
                            .map(d -> new Document(d.documentId().toString(), d.fileName(),
                                    dateTime(d.uploadedAt(), locale))).toList(),
                    mark == null ? null : mark.name(),
                    text("directorate.mark." + (mark == null ? "NONE" : mark.name()), locale),
                    open != null && open.items().contains(item.code()), checkedItems.contains(item.code())));
        }
        model.addAttribute("items", items);
        Map<String, String> itemTitles = s.checklist().stream()
                .collect(Collectors.toMap(ChecklistItem::code, i -> i.title().in(locale), (a, b) -> a));
        model.addAttribute("gaps", Casework.gaps(file, work.marks()).stream().map(g -> new GapLine(g.item(),
                itemTitles.getOrDefault(g.item(), g.item()), text("directorate.approve.gaps." + g.kind(), locale)))
                .toList());
        model.addAttribute("marks", Arrays.stream(Mark.values())
                .map(m -> new Option(m.name(), text("directorate.mark." + m.name(), locale), false)).toList());
        Map<String, String> titles = s.checklist().stream()
                .collect(Collectors.toMap(ChecklistItem::code, i -> i.title().in(locale), (a, b) -> a));
        model.addAttribute("requests", file.missingDocumentRequests().stream().map(r -> new Request(
                r.items().stream().map(code -> titles.getOrDefault(code, code)).toList(), date(r.dueDate(), locale),
                r.note(), dateTime(r.requestedAt(), locale),
                r.completedAt() == null ? null : dateTime(r.completedAt(), locale))).toList());

        model.addAttribute("canAttend", state == ApplicationState.APPOINTMENT_BOOKED);
        model.addAttribute("canReview", state == ApplicationState.UNDER_REVIEW);
        model.addAttribute("canMark", state == ApplicationState.UNDER_REVIEW
                || state == ApplicationState.MISSING_DOCUMENTS);
        model.addAttribute("appointmentToday", today.equals(file.appointmentDate()));

        Set<String> checkedGrounds = values.containsKey("grounds") ? Set.of(values.get("grounds").split(","))
                : Set.of();
        model.addAttribute("grounds", reviews.officerGrounds().values().stream()
                .filter(g -> g.appliesTo(s.permitType())).map(g -> new Ground(g.code(),
                g.title().in(locale), text("checklist.citation", locale,
                        g.citation().sourceIn(locale),
                        g.citation().section()), checkedGrounds.contains(g.code()))).toList());
        model.addAttribute("indefinite", file.validityLimit() == null && state == ApplicationState.UNDER_REVIEW);
        model.addAttribute("validityLimit", file.validityLimit() == null ? null : date(file.validityLimit(), locale));
        model.addAttribute("standardValidity", file.standardValidUntil() == null ? null
                : date(file.standardValidUntil(), locale));
        Map<String, String> form = new LinkedHashMap<>();
        putDate(form, "validFrom", today);
        if (file.standardValidUntil() != null) {
            putDate(form, "validUntil", file.standardValidUntil());
        }
        form.put("businessDays", String.valueOf(DEFAULT_BUSINESS_DAYS));
        form.putAll(values);
        model.addAttribute("form", form);
        model.addAttribute("maxBusinessDays", ApplicationReviews.MAX_BUSINESS_DAYS);
        model.addAttribute("decision", decision(file.decision(), locale));
        model.addAttribute("decided", file.decision() != null);
        model.addAttribute("history", file.history().stream().map(e -> new Event(dateTime(e.at(), locale),
                actor(e.actor(), locale), messages.getMessage("directorate.history.action." + e.action(), null,
                        e.action(), locale),
                (e.from() == null ? "" : text("journey.state." + e.from(), locale) + " → ")
                        + text("journey.state." + e.to(), locale), e.reason())).toList().reversed());
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.forEach(e -> fieldErrors.putIfAbsent(e.href().substring(1), e.text()));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("pageTitle", (errors.isEmpty() ? "" : text("checklist.error.title-prefix", locale) + " ")
                + text("directorate.case.title", locale, s.number().formatted()) + " – " + text("app.name", locale));
    }

    /** The field a refusal is about, so that the error summary links to it. */
    static String fieldOf(Reason reason, String fallback) {
        return switch (reason) {
            case NO_ITEMS, NOT_ON_CHECKLIST -> "items";
            case DUE_DATE -> "businessDays";
            case NOTE_TOO_LONG -> "note";
            case VALID_FROM_BEFORE_APPLICATION -> "validFrom-day";
            case VALID_UNTIL_BEFORE_VALID_FROM, VALIDITY_TOO_LONG, VALIDITY_REQUIRED, INDEFINITE_PERMIT ->
                    "validUntil-day";
            case SHORTENING_REASON_REQUIRED -> "shorteningReason";
            case NO_GROUNDS, UNKNOWN_GROUND -> "grounds";
            case EXPLANATION_REQUIRED -> "explanation";
            case REASON_REQUIRED -> "rescheduleReason";
            case GAPS_REASON_REQUIRED -> "gapReason";
            case TEXT_TOO_LONG, DOCUMENTS_NOT_UPLOADED, INVISIBLE_CHARACTERS -> fallback;
        };
    }

    private List<Line> decision(Decision decision, Locale locale) {
        if (decision == null) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text("directorate.decision.outcome", locale),
                text("journey.state." + decision.outcome(), locale)));
        lines.add(new Line(text("directorate.decision.by", locale), decision.decidedBy().kind() + " "
                + decision.decidedBy().id() + ", " + dateTime(decision.decidedAt(), locale)));
        IssuedPermit permit = decision.permit();
        if (permit != null) {
            lines.add(new Line(text("directorate.decision.permit-number", locale), permit.number().formatted()));
            lines.add(new Line(text("directorate.decision.valid-from", locale), date(permit.validFrom(), locale)));
            lines.add(new Line(text("directorate.decision.valid-until", locale), permit.validUntil() == null
                    ? text("directorate.case.indefinite", locale) : date(permit.validUntil(), locale)));
            if (permit.shorteningReason() != null) {
                lines.add(new Line(text("directorate.decision.shortened", locale), permit.shorteningReason()));
            }
        }
        decision.grounds().forEach(code -> lines.add(new Line(text("directorate.decision.ground", locale),
                rulebook().refusalGrounds().containsKey(code)
                        ? rulebook().refusalGrounds().get(code).title().in(locale) : code)));
        if (decision.explanation() != null) {
            lines.add(new Line(text("directorate.decision.explanation", locale), decision.explanation()));
        }
        return lines;
    }

    private String detail(ApplicationSummary s, Locale locale) {
        if (s.studyLevel() != null) {
            return " – " + vocabulary("studyLevel", s.studyLevel(), locale);
        }
        if (s.reason() != null) {
            return " – " + vocabulary("shortTermReason", s.reason(), locale);
        }
        return s.relationship() == null ? "" : " – " + vocabulary("relationship", s.relationship(), locale);
    }

    private String vocabulary(String group, String code, Locale locale) {
        LocalizedText title = rulebook().vocabulary().getOrDefault(group, Map.of()).get(code);
        return title == null ? String.valueOf(code) : title.in(locale);
    }

    private Rulebook rulebook() {
        return assessments.rulebook();
    }

    private String province(ProvinceCode code, Locale locale) {
        return code == null ? "" : provinces.get(code).name(locale);
    }

    /** Who acted, by title: the applicant, a member of staff by user name, or the system. */
    private String actor(org.passage.residence.Actor actor, Locale locale) {
        String kind = text("directorate.history.actor." + actor.kind().name(), locale);
        return actor.kind() == org.passage.residence.Actor.Kind.STAFF ? kind + " " + actor.id() : kind;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void putDate(Map<String, String> form, String name, LocalDate date) {
        form.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        form.put(name + "-month", String.valueOf(date.getMonthValue()));
        form.put(name + "-year", String.valueOf(date.getYear()));
    }

    private static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static String dateTime(java.time.Instant at, Locale locale) {
        return at.atZone(TURKIYE).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private static String country(String code, Locale locale) {
        String name = code.length() == 2 ? Locale.of("", code).getDisplayCountry(locale) : code;
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
