package org.passage.admissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.passage.rules.Assessment;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.rules.TraceEntry;
import org.springframework.stereotype.Service;

/**
 * Assesses admission cases by the {@code university-admission} rulebook in force on the application
 * date, with the candidate's exams scored against the university's exam table.
 */
@Service
public class AdmissionAssessments {

    static final String RULEBOOK = "university-admission";

    /**
     * The rulebook's assessment plus the §7.2.1 basis (null when none) and the exams that qualify;
     * an explained assessment's trace begins with one {@code exam} entry per exam code.
     */
    public record AdmissionAssessment(Assessment assessment, String basis, List<String> qualifyingExams) {
    }

    private final Rulebook rulebook;
    private final ExamTable examTable;
    private final Clock clock;

    AdmissionAssessments(Rulebooks rulebooks, ExamTable examTable, Clock clock) {
        this.rulebook = rulebooks.get(RULEBOOK);
        this.examTable = examTable;
        this.clock = clock;
    }

    /** The assessment of a validated request; bad codes, countries or dates raise a 400 problem. */
    public AdmissionAssessment assess(AdmissionRequest request, boolean explain) {
        LocalDate date = request.applicationDate() == null ? LocalDate.now(clock) : request.applicationDate();
        AdmissionFacts.validate(request, date, rulebook);
        int validityYears = ((Long) rulebook.parameter("ENTRANCE_EXAM_VALIDITY_YEARS").requireOn(date).value())
                .intValue();
        ExamResults exams = ExamResults.evaluate(examTable,
                request.exams().stream().map(e -> new ExamResults.Sitting(e.code(), e.score(), e.takenOn())).toList(),
                request.programme().code(), date, validityYears);
        Assessment a = rulebook.assess(AdmissionFacts.of(request, exams), date, explain);
        if (explain) {
            List<TraceEntry> trace = new ArrayList<>();
            exams.notes().forEach(n -> trace.add(new TraceEntry("exam", n.code(), n.rule(), n.outcome(), List.of(),
                    n.citation())));
            trace.addAll(a.trace());
            a = new Assessment(a.rulebook(), a.findings(), a.documents(), a.deadlines(), a.values(), trace);
        }
        String basis = (String) a.value("basis").orElseThrow();
        return new AdmissionAssessment(a, basis.isEmpty() ? null : basis, exams.qualifying());
    }

    /** The rulebook this module answers by, for titles of its codes. */
    public Rulebook rulebook() {
        return rulebook;
    }

    /** The university's exam table. */
    public ExamTable examTable() {
        return examTable;
    }
}
