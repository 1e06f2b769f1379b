package org.passage.admissions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.admissions.letters.VerificationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may learn from an acceptance letter whose code the student typed: the facts a
 * student residence application takes over (university, programme, start, duration, student number).
 */
@Service
public class LetterReferences {

    /**
     * A standing letter's facts. {@code university} is the university's official (Turkish) name, as
     * its international office is named; {@code programme} is in the reader's language;
     * {@code studentNumber} is {@code null} until the student is enrolled; {@code studyLevel} is the
     * programme's level in the residence rulebook's vocabulary, {@code null} when the university did
     * not record it.
     */
    public record LetterReference(String code, String groupedCode, String university, String programme,
            LocalDate startsOn, int durationSemesters, String studentNumber, String studyLevel) {
    }

    private static final Locale TURKISH = Locale.of("tr");

    private final AcceptanceLetters letters;
    private final AdmissionApplications applications;
    private final Intakes intakes;

    LetterReferences(AcceptanceLetters letters, AdmissionApplications applications, Intakes intakes) {
        this.letters = letters;
        this.applications = applications;
        this.intakes = intakes;
    }

    /** The letter with the typed code while it still stands; empty for a mistyped, unknown or withdrawn code. */
    @Transactional(readOnly = true)
    public Optional<LetterReference> standing(String typedCode, Locale locale) {
        return VerificationCode.parse(typedCode).flatMap(letters::find).filter(AcceptanceLetter::valid)
                .map(letter -> reference(letter, locale));
    }

    private LetterReference reference(AcceptanceLetter letter, Locale locale) {
        String university = letters.facts(letter, TURKISH).university();
        String programme = letters.facts(letter, locale).programme();
        LocalDate startsOn = intakes.find(letter.university(), letter.intake()).orElseThrow().startsOn();
        int semesters = intakes.programme(letter.university(), letter.intake(), letter.programme())
                .orElseThrow().durationSemesters();
        String studentNumber = applications.find(letter.number()).map(AdmissionApplication::studentNumber)
                .orElse(null);
        return new LetterReference(letter.code().value(), letter.code().grouped(), university, programme, startsOn,
                semesters, studentNumber, intakes.studyLevel(letter.university(), letter.programme()).orElse(null));
    }
}
