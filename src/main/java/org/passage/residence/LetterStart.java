package org.passage.residence;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A student application begun from an acceptance letter: what the letter says and whether the
 * student agreed to share the application with the university. Kept in the applicant's session from
 * the letter page until the pre-registration, whose draft then records it in its answers.
 *
 * @param studentNumber {@code null} until the student is enrolled
 * @param studyLevel the programme's level of study (vocabulary {@code studyLevel}), {@code null} when
 *     the letter does not say; the applicant is asked then
 */
public record LetterStart(String letterCode, String groupedCode, String university, String programme,
        LocalDate startsOn, int durationSemesters, String studentNumber, String studyLevel,
        boolean shareWithUniversity) implements Serializable {

    private static final String SESSION = "residence.letterStart";

    /** The page where a student residence application starts from an acceptance letter's code. */
    public static final String PAGE = "/residence/apply/from-letter";

    /** The path of the start page with the letter's code filled in, as the enrolment e-mail links it. */
    public static String link(String letterCode) {
        return PAGE + "?code=" + java.net.URLEncoder.encode(letterCode, java.nio.charset.StandardCharsets.UTF_8);
    }

    public LetterStart {
        Objects.requireNonNull(letterCode, "letterCode");
        Objects.requireNonNull(university, "university");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(startsOn, "startsOn");
    }

    /** Keeps this start in the session for the pre-registration that follows. */
    public void rememberIn(HttpSession session) {
        session.setAttribute(SESSION, this);
    }

    /** The start the session holds, if the applicant came from a letter. */
    public static Optional<LetterStart> in(HttpSession session) {
        return session.getAttribute(SESSION) instanceof LetterStart start ? Optional.of(start) : Optional.empty();
    }

    /** Forgets the start once a draft has taken it over. */
    public static void forget(HttpSession session) {
        session.removeAttribute(SESSION);
    }

    /**
     * The draft's answers taken from the letter; the university is asked no more. The level of study
     * and the months asked for (the programme's semesters) come from the programme, and a letter of
     * admission to a degree programme means regular studies.
     */
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("permitType", "STUDENT");
        answers.put("letterCode", letterCode);
        answers.put("studyProgramme", programme);
        answers.put("studyStartsOn", startsOn.toString());
        answers.put("studyDurationSemesters", String.valueOf(durationSemesters));
        if (studyLevel != null) {
            answers.put("studyLevel", studyLevel);
            if (!java.util.Set.of("UNIVERSITY_TURKISH_PREP", "ERASMUS", "OTHER_EXCHANGE").contains(studyLevel)) {
                answers.put("enrolment", "REGULAR");
            }
        }
        if (durationSemesters > 0) {
            answers.put("requestedMonths", String.valueOf(durationSemesters * 6));
        }
        if (studentNumber != null) {
            answers.put("studentNumber", studentNumber);
        }
        answers.put("universityAsked", "YES");
        answers.put("university", university);
        if (shareWithUniversity) {
            answers.put("shareWithUniversity", "YES");
        }
        return answers;
    }
}
