package org.passage.rules.parameters;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.rules.Citation;
import org.passage.rules.FactType;
import org.passage.rules.Parameter;
import org.passage.rules.ParameterValue;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.springframework.stereotype.Component;

/**
 * Every parameter of every rulebook with all its periods as they stand now (the file's periods and
 * those approved since), in the reader's language: one listing for the API, the public page and the
 * administrators' page.
 */
@Component
class ParameterListing {

    /** How far ahead a parameter's last period must reach not to be flagged. */
    static final int WARNING_DAYS = 60;

    record RulebookView(String id, String version, String title, LocalDate inForceFrom) {
    }

    /** A rulebook with its parameters, for the pages. */
    record Section(RulebookView rulebook, List<ParameterView> parameters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParameterView(String rulebook, String name, String title, String unit, String type, boolean provisional,
            boolean endingSoon, List<PeriodView> periods) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PeriodView(LocalDate from, LocalDate to, Object value, String status, String note, CitationView citation,
            EntryView enteredBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CitationView(String publisher, String title, String section, String url, String read, String text) {
    }

    record EntryView(String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt) {
    }

    private final Rulebooks rulebooks;
    private final Clock clock;

    ParameterListing(Rulebooks rulebooks, Clock clock) {
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    List<RulebookView> rulebooks(Locale locale) {
        return rulebooks.all().stream().map(rb -> new RulebookView(rb.id(), rb.version(), rb.title().in(locale),
                inForceFrom(rb))).toList();
    }

    Optional<List<ParameterView>> parameters(String rulebookId, Locale locale) {
        return rulebooks.find(rulebookId).map(rb -> parameters(rb, locale));
    }

    /** Every rulebook with its parameters. */
    List<Section> sections(Locale locale) {
        return rulebooks.all().stream().map(rb -> new Section(new RulebookView(rb.id(), rb.version(),
                rb.title().in(locale), inForceFrom(rb)), parameters(rb, locale))).toList();
    }

    /** Every parameter of every rulebook. */
    List<ParameterView> all(Locale locale) {
        List<ParameterView> all = new ArrayList<>();
        rulebooks.all().forEach(rb -> all.addAll(parameters(rb, locale)));
        return all;
    }

    /** The parameters whose last period ends within {@value #WARNING_DAYS} days, or that are provisional today. */
    List<ParameterView> needingAttention(Locale locale) {
        return all(locale).stream().filter(p -> p.provisional() || p.endingSoon()).toList();
    }

    private List<ParameterView> parameters(Rulebook rb, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ParameterValue>> approved = rb.approvedValues();
        List<ParameterView> views = new ArrayList<>();
        for (Parameter p : rb.parameters().values()) {
            List<ParameterValue> periods = p.periods(approved.getOrDefault(p.name(), List.of()));
            List<ParameterValue> known = periods.stream().filter(ParameterValue::known).toList();
            ParameterValue last = known.getLast();
            boolean provisional = last.to() != null && last.to().isBefore(today);
            boolean endingSoon = !provisional && last.to() != null && !last.to().isAfter(today.plusDays(WARNING_DAYS));
            views.add(new ParameterView(rb.id(), p.name(), p.title().in(locale), p.unit(), p.type().name(),
                    provisional, endingSoon, periods.stream().map(v -> period(v, p.type(), locale)).toList()));
        }
        return views;
    }

    private static PeriodView period(ParameterValue v, FactType type, Locale locale) {
        Object value = v.value() == null ? null
                : type == FactType.DATE ? LocalDate.ofEpochDay((Long) v.value()).toString() : v.value();
        Citation c = v.citation();
        CitationView citation = c.document() == null
                ? new CitationView(null, c.source(), c.section(), null, null, c.describe(locale))
                : new CitationView(c.document().publisher().in(locale), c.document().title().in(locale), c.section(),
                        c.document().url(), c.document().read(), c.describe(locale));
        EntryView entry = v.entry() == null ? null : new EntryView(v.entry().proposedBy(), v.entry().proposedAt(),
                v.entry().approvedBy(), v.entry().approvedAt());
        return new PeriodView(v.from(), v.to(), value, v.status().name(), v.note(), citation, entry);
    }

    private static LocalDate inForceFrom(Rulebook rb) {
        return rb.inForceFrom().orElseGet(() -> rb.parameters().values().stream()
                .map(p -> p.values().getFirst().from()).min(LocalDate::compareTo).orElse(null));
    }
}
