package org.passage.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The shared response shape of every assessment endpoint, in one language: eligible, findings,
 * documents, deadlines, rulebook, and the trace when an explanation was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(boolean eligible, List<FindingView> findings, List<DocumentView> documents,
        List<DeadlineView> deadlines, RulebookRef rulebook, List<TraceEntry> trace) {

    public record FindingView(String code, Severity severity, String message, Citation citation) {
    }

    public record DocumentView(String code, String title, String why, Provider provider, boolean onRequest,
            Legalisation legalisation, Citation citation) {
    }

    public record DeadlineView(String code, LocalDate dueDate, String title, Citation citation) {
    }

    public static AssessmentView of(Assessment a, Locale locale, boolean explain) {
        return new AssessmentView(a.eligible(),
                a.findings().stream().map(f -> new FindingView(f.code(), f.severity(), f.message().in(locale),
                        f.citation())).toList(),
                a.documents().stream().map(d -> new DocumentView(d.code(), d.title().in(locale), d.why().in(locale),
                        d.provider(), d.onRequest(), d.legalisation(), d.citation())).toList(),
                a.deadlines().stream().map(d -> new DeadlineView(d.code(), d.dueDate(), d.title().in(locale),
                        d.citation())).toList(),
                a.rulebook(), explain ? a.trace() : null);
    }
}
