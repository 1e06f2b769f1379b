package org.passage.visa.file.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.rules.LocalizedText;
import org.passage.rules.RefusalGround;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.visa.GermanVisaAssessment;
import org.passage.visa.file.VisaFileStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a file's pages show, in the reader's language: persons and their items, gaps, timeline. */
@Component
class VisaFileViews {

    /** The file's own fields a page shows. */
    record FileView(UUID id, String number, VisaFileStatus status, @Nullable String centre,
            @Nullable LocalDate appointmentOn, @Nullable String refusalReason) {

        static FileView of(VisaFile f) {
            return new FileView(f.id(), f.number(), f.status(), f.centre(), f.appointmentOn(), f.refusalReason());
        }
    }

    record UploadView(UUID documentId, String fileName) {
    }

    record ItemView(String person, String code, String title, String citation, boolean required,
            List<UploadView> uploads, @Nullable String error, boolean mayBring, boolean bring) {
    }

    record PersonView(String key, String title, List<ItemView> items) {
    }

    record GapView(@Nullable String person, String title, String citation) {
    }

    record EventView(String status, String actor, @Nullable String reason, java.time.Instant at) {
    }

    /**
     * The dates that follow from the file: counted from the day the file is complete at the counter;
     * once the consulate consulted the foreigners' authority, the day it did and the earliest decision
     * that follows from it (that day plus the rulebook's silence period).
     */
    record TimelineView(LocalDate from, boolean handedIn, long silencePeriodDays, LocalDate silenceEnds,
            LocalDate earliestDecision, @Nullable LocalDate latestSafeApplication,
            @Nullable LocalDate authorityConsultedOn, @Nullable LocalDate authorityEarliestDecision) {
    }

    record FeeView(String person, java.math.BigDecimal amountEur, boolean exempt) {
    }

    /** What to bring to the counter: copies of each document, forms, and each person's fee. */
    record CoverView(int copies, int forms, List<FeeView> fees, java.math.BigDecimal total) {
    }

    /**
     * What the consulate decided and how the passport comes back, in the reader's language: the
     * visa's details, or the refusal's ground with its citation and the legal remedy against it.
     */
    record DecisionView(@Nullable String visaType, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
            @Nullable String entries, @Nullable String annotations, @Nullable String ground,
            @Nullable String groundCitation, @Nullable String explanation, @Nullable String remedy,
            List<String> remedyCitations, @Nullable String passportReturn, @Nullable String trackingReference) {

        public boolean issued() {
            return visaType != null;
        }

        public boolean refused() {
            return remedy != null;
        }
    }

    private final VisaFileDesk desk;
    private final Rulebook rulebook;
    private final MessageSource messages;
    private final VisaCentres centres;

    VisaFileViews(VisaFileDesk desk, Rulebooks rulebooks, MessageSource messages, VisaCentres centres) {
        this.desk = desk;
        this.centres = centres;
        this.rulebook = rulebooks.get(VisaFileDesk.RULEBOOK);
        this.messages = messages;
    }

    List<PersonView> persons(VisaFile file, @Nullable String errorItem, @Nullable String error, Locale l) {
        List<VisaFiles.Upload> uploads = desk.uploads(file.id());
        Map<String, List<ItemView>> byPerson = new LinkedHashMap<>();
        for (VisaFile.Item item : file.items()) {
            List<UploadView> mine = uploads.stream()
                    .filter(u -> u.person().equals(item.person()) && u.code().equals(item.code()))
                    .map(u -> new UploadView(u.documentId(), u.fileName())).toList();
            String id = item.person().key() + "-" + item.code();
            byPerson.computeIfAbsent(item.person().key(), k -> new ArrayList<>())
                    .add(new ItemView(item.person().key(), item.code(), title(item.code(), l),
                            citation(desk.citation(item), l), item.required(), mine,
                            id.equals(errorItem) ? error : null, item.mayBring(), item.bring()));
        }
        List<PersonView> persons = new ArrayList<>();
        byPerson.forEach((key, items) -> persons.add(new PersonView(key, person(new Person(key), l), items)));
        return persons;
    }

    List<GapView> gaps(VisaFile file, LocalDate date, Locale l) {
        return desk.gaps(file, date).stream().map(g -> new GapView(g.person() == null ? null : person(g.person(), l),
                g.title() == null ? g.code() : g.title().in(l), citation(g.citation(), l))).toList();
    }

    @Nullable TimelineView timeline(VisaFile file) {
        LocalDate from = file.handedInOn() != null ? file.handedInOn()
                : file.appointmentOn() != null ? file.appointmentOn() : desk.today();
        GermanVisaAssessment.Timeline t = desk.assessment(file, from).timeline();
        if (t == null) {
            return null;
        }
        return new TimelineView(from, file.handedInOn() != null, t.silencePeriodDays(),
                from.plusDays(t.silencePeriodDays()), t.earliestDecisionDate(), t.latestSafeApplicationDate(),
                file.authorityConsultedOn(), desk.earliestAfterConsultation(file));
    }

    CoverView cover(VisaFile file, Locale l) {
        LocalDate on = file.appointmentOn() != null ? file.appointmentOn() : desk.today();
        GermanVisaAssessment a = desk.assessment(file, on);
        List<FeeView> fees = new ArrayList<>();
        int child = 0;
        for (GermanVisaAssessment.Fee fee : a.fees()) {
            Person p = switch (fee.person()) {
                case APPLICANT -> Person.APPLICANT;
                case SPOUSE -> Person.SPOUSE;
                case CHILD -> Person.child(++child);
            };
            fees.add(new FeeView(person(p, l), fee.amountEur(), fee.exempt()));
        }
        return new CoverView(a.copiesPerDocument(), a.applicationForms(), fees, a.totalFeesEur());
    }

    List<EventView> events(VisaFile file, Locale l) {
        return desk.timeline(file.id()).stream().map(e -> new EventView(status(e.status().name(), l),
                messages.getMessage(e.actor().startsWith("staff:") ? "visa.file.actor.staff" : "visa.file.actor."
                        + e.actor(), null, l), e.reason(), e.at())).toList();
    }

    /** The decision of a decided file; null before the consulate decides. */
    @Nullable DecisionView decision(VisaFile file, Locale l) {
        IssuedVisa visa = file.visa();
        String groundCode = file.refusalGround();
        // A file refused before grounds were recorded has the officer's reason alone.
        boolean refused = groundCode != null || visa == null && file.refusalReason() != null;
        if (visa == null && !refused) {
            return null;
        }
        RefusalGround ground = groundCode == null ? null : rulebook.refusalGrounds().get(groundCode);
        PassportReturn back = file.passportReturn();
        return new DecisionView(visa == null ? null : text("visa.file.visa.type." + visa.type(), l),
                visa == null ? null : visa.validFrom(), visa == null ? null : visa.validUntil(),
                visa == null ? null : text("visa.file.visa.entries." + visa.entries().name(), l),
                visa == null ? null : visa.annotations(),
                ground == null ? null : ground.title().in(l), ground == null ? null : citation(ground.citation(), l),
                refused ? file.refusalReason() : null,
                refused ? text("visa.file.refusal.remedy", l) : null,
                !refused ? List.of() : REMEDY_SOURCES.stream()
                        .map(c -> citation(desk.citation(c[0], c[1]), l)).toList(),
                back == null ? null : text("visa.file.passport." + back.name(), l), file.trackingReference());
    }

    /** Where the refusal's remedy is described: the Federal Foreign Office's notice and the court procedure's time limit. */
    private static final List<String[]> REMEDY_SOURCES = List.of(
            new String[] {"AA-REMEDY", "Wichtiger Hinweis"}, new String[] {"VwGO", "§ 74 Abs. 1"});

    String message(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, l);
    }

    String text(String key, Locale l) {
        return messages.getMessage(key, null, l);
    }

    String centreCity(String code) {
        return centres.find(code).map(VisaCentres.Centre::city).orElse(code);
    }

    String category(String code, Locale l) {
        LocalizedText t = rulebook.vocabulary().get("category").get(code);
        return t == null ? code : t.in(l);
    }

    String status(String status, Locale l) {
        return messages.getMessage("visa.file.status." + status, null, l);
    }

    String person(Person p, Locale l) {
        return messages.getMessage(p.titleKey(), new Object[] {p.childNumber()}, l);
    }

    String title(String code, Locale l) {
        LocalizedText t = rulebook.documentTitles().get(code);
        return t == null ? code : t.in(l);
    }

    String citation(org.passage.rules.Citation c, Locale l) {
        return messages.getMessage("checklist.citation", new Object[] {c.sourceIn(l), c.section()}, l);
    }
}
