package org.passage.admissions.desk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The documents a file needs before it can be submitted (§7.4): passport, high-school diploma or
 * final-year certificate, transcript, photo, one exam result per exam declared, and the language
 * certificate when one is declared.
 */
public final class RequiredDocuments {

    public static final String PASSPORT = "PASSPORT";
    public static final String DIPLOMA = "DIPLOMA";
    public static final String TRANSCRIPT = "TRANSCRIPT";
    public static final String PHOTO = "PHOTO";
    public static final String LANGUAGE_CERTIFICATE = "LANGUAGE_CERTIFICATE";
    private static final String EXAM_RESULT = "EXAM_RESULT_";

    private RequiredDocuments() {
    }

    /** The codes of the documents required for the declared exams and language certificate. */
    public static List<String> of(Collection<String> declaredExams, boolean languageCertificateDeclared) {
        List<String> required = new ArrayList<>(List.of(PASSPORT, DIPLOMA, TRANSCRIPT, PHOTO));
        declaredExams.stream().distinct().sorted().forEach(exam -> required.add(examResult(exam)));
        if (languageCertificateDeclared) {
            required.add(LANGUAGE_CERTIFICATE);
        }
        return List.copyOf(required);
    }

    /** The document code of an exam's result, e.g. {@code EXAM_RESULT_SAT}. */
    public static String examResult(String exam) {
        if (exam == null || !exam.matches("[A-Z][A-Z0-9_]{1,29}")) {
            throw new IllegalArgumentException("an exam is named by its code");
        }
        return EXAM_RESULT + exam;
    }

    /** The required documents not among the uploaded ones, in the order required. */
    public static List<String> missing(List<String> required, Collection<String> uploaded) {
        return required.stream().filter(code -> !uploaded.contains(code)).toList();
    }
}
