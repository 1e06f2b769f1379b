package org.passage.admissions.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNotFoundException;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.ScoreCriterion;
import org.passage.admissions.evaluation.EvaluationRefusedException.Reason;
import org.passage.admissions.evaluation.internal.ScoreSheets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's score sheets and the programme rankings they make. A file is scored while it is in
 * evaluation (before the decision, during an interview request too); scoring again replaces the sheet.
 *
 * <p>Ranking rule: the higher weighted total first; on a tie, the higher points in the sheet's
 * criteria taken in the sheet's order (the exam result first in the default sheet); then the earlier
 * submission; then the admission number, so the order is always the same. Files without a sheet
 * follow, unranked.
 */
@Service
public class Evaluations {

    private static final Set<AdmissionState> SCORABLE = EnumSet.of(AdmissionState.IN_EVALUATION,
            AdmissionState.INTERVIEW_REQUESTED);

    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final ScoreSheets sheets;
    private final Clock clock;

    Evaluations(AdmissionApplications applications, Intakes intakes, ScoreSheets sheets, Clock clock) {
        this.applications = applications;
        this.intakes = intakes;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** The criteria the application is scored by: its intake's sheet, in order. */
    public List<ScoreCriterion> criteria(AdmissionApplication application) {
        return intakes.criteria(application.university(), application.intake());
    }

    /**
     * Records the committee member's points per criterion (0 to 100 each, every criterion of the sheet
     * and no other) with the weighted total; refused when the file is not in evaluation.
     */
    @Transactional
    public ScoreSheet score(AdmissionNumber number, Map<String, Integer> points, String notes, String member) {
        AdmissionApplication application = applications.find(number)
                .orElseThrow(() -> new AdmissionNotFoundException(number));
        if (!SCORABLE.contains(application.state())) {
            throw new EvaluationRefusedException(Reason.NOT_IN_EVALUATION,
                    "application " + number + " is not in evaluation", Map.of());
        }
        List<ScoreCriterion> criteria = criteria(application);
        Map<String, String> problems = problems(criteria, points);
        if (!problems.isEmpty()) {
            throw new EvaluationRefusedException(Reason.INVALID_POINTS, "invalid points: " + problems, problems);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        criteria.forEach(c -> ordered.put(c.code(), points.get(c.code())));
        ScoreSheet sheet = new ScoreSheet(number, ordered, ScoreSheet.weightedTotal(criteria, ordered),
                notes == null || notes.isBlank() ? null : notes.strip(), member, clock.instant());
        sheets.save(sheet);
        return sheet;
    }

    /** What is wrong with the points, per criterion code (message keys); empty when nothing is. */
    static Map<String, String> problems(List<ScoreCriterion> criteria, Map<String, Integer> points) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ScoreCriterion c : criteria) {
            Integer given = points.get(c.code());
            if (given == null) {
                problems.put(c.code(), "admissions.evaluation.error.missing");
            } else if (given < 0 || given > 100) {
                problems.put(c.code(), "admissions.evaluation.error.range");
            }
        }
        points.keySet().stream().filter(code -> criteria.stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> problems.put(code, "admissions.evaluation.error.unknown"));
        return problems;
    }

    /** Whether the committee may score the application now. */
    public static boolean scorable(AdmissionState state) {
        return SCORABLE.contains(state);
    }

    /** The application's score sheet, points in the sheet's order, if it was scored. */
    @Transactional(readOnly = true)
    public Optional<ScoreSheet> sheet(AdmissionNumber number) {
        return sheets.find(number);
    }

    /** The programme's forwarded applications of the intake in ranking order (see the class comment). */
    @Transactional(readOnly = true)
    public List<RankedApplication> ranking(String university, String intake, String programme) {
        List<ScoreCriterion> criteria = intakes.criteria(university, intake);
        List<ScoreSheets.Candidate> candidates = new ArrayList<>(sheets.forwarded(university, intake, programme));
        candidates.sort(order(criteria));
        List<RankedApplication> ranked = new ArrayList<>();
        int place = 0;
        for (ScoreSheets.Candidate c : candidates) {
            Map<String, Integer> points = new LinkedHashMap<>();
            c.sheet().ifPresent(s -> criteria.forEach(k -> points.put(k.code(), s.points().get(k.code()))));
            ranked.add(new RankedApplication(c.sheet().isPresent() ? ++place : null, c.number(), c.candidateEmail(),
                    c.state(), c.sheet().map(ScoreSheet::total).orElse(null), points, c.submittedAt()));
        }
        return ranked;
    }

    static Comparator<ScoreSheets.Candidate> order(List<ScoreCriterion> criteria) {
        Comparator<ScoreSheets.Candidate> order = Comparator.comparing(c -> c.sheet().isEmpty());
        order = order.thenComparing(c -> c.sheet().map(ScoreSheet::total).orElse(BigDecimal.ZERO),
                Comparator.reverseOrder());
        for (ScoreCriterion criterion : criteria) {
            order = order.thenComparing(c -> c.sheet().map(s -> s.points().getOrDefault(criterion.code(), 0))
                    .orElse(0), Comparator.reverseOrder());
        }
        return order.thenComparing(ScoreSheets.Candidate::submittedAt)
                .thenComparing(c -> c.number().value());
    }
}
