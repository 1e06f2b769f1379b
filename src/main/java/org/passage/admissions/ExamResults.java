package org.passage.admissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.rules.Citation;

/**
 * A candidate's exams scored against the university's exam table (§7.3): each code lands in exactly
 * one list, in request order. {@code notes} say for each code why, with the citation of its minimum.
 */
record ExamResults(List<String> qualifying, List<String> expired, List<String> belowMinimum,
        List<String> minimumByUniversity, List<String> unknown, List<Note> notes) {

    /** How one exam code was judged: the rule applied and its source. */
    record Note(String code, String outcome, String rule, Citation citation) {
    }

    /** One sitting of an exam as the request gives it. */
    record Sitting(String code, double score, LocalDate takenOn) {
    }

    static ExamResults evaluate(ExamTable table, List<Sitting> sittings, String programme, LocalDate applicationDate,
            int entranceValidityYears) {
        Map<String, List<Sitting>> byCode = new LinkedHashMap<>();
        sittings.forEach(s -> byCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s));
        List<String> qualifying = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<String> byUniversity = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        byCode.forEach((code, all) -> {
            ExamTable.Exam exam = table.exam(code).orElse(null);
            if (exam == null) {
                unknown.add(code);
                notes.add(new Note(code, "UNKNOWN", "not in the exam table of " + table.university(), null));
                return;
            }
            List<Sitting> valid = all.stream()
                    .filter(s -> exam.validOn(s.takenOn(), applicationDate, entranceValidityYears)).toList();
            if (valid.isEmpty()) {
                expired.add(code);
                notes.add(new Note(code, "EXPIRED", exam.kind() + ": taken " + all.getLast().takenOn()
                        + ", valid for " + entranceValidityYears + " years", exam.kindCitation()));
                return;
            }
            ExamTable.Minimum minimum = exam.minimumFor(programme);
            if (minimum.setByUniversity()) {
                byUniversity.add(code);
                notes.add(new Note(code, "MINIMUM_BY_UNIVERSITY", "no published minimum", minimum.citation()));
                return;
            }
            boolean meets = valid.stream().anyMatch(s -> exam.meets(s.score(), minimum.minimum()));
            (meets ? qualifying : below).add(code);
            double best = valid.stream().mapToDouble(Sitting::score)
                    .reduce((a, b) -> exam.meets(a, b) ? a : b).orElseThrow();
            notes.add(new Note(code, meets ? "QUALIFYING" : "BELOW_MINIMUM",
                    number(best) + (exam.better() == ExamTable.Direction.HIGHER ? " >= " : " <= ")
                            + number(minimum.minimum()) + " (" + programme + ")",
                    minimum.citation()));
        });
        return new ExamResults(List.copyOf(qualifying), List.copyOf(expired), List.copyOf(below),
                List.copyOf(byUniversity), List.copyOf(unknown), List.copyOf(notes));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
