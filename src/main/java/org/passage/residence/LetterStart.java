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
 */
public record LetterStart(String letterCode, String groupedCode, String university, String programme,
        LocalDate startsOn, int durationSemesters, String studentNumber, boolean shareWithUniversity)
        implements Serializable {

    private static final String SESSION = "residence.letterStart";

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

    /** The draft's answers taken from the letter; the university is asked no more. */
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("permitType", "STUDENT");
        answers.put("letterCode", letterCode);
        answers.put("studyProgramme", programme);
        answers.put("studyStartsOn", startsOn.toString());
        answers.put("studyDurationSemesters", String.valueOf(durationSemesters));
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
