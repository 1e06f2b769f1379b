package org.passage.admissions.letters;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNotFoundException;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.desk.ProgrammeOffer;
import org.passage.admissions.desk.Term;
import org.passage.admissions.letters.internal.LetterStore;
import org.passage.admissions.scholarship.Scholarship;
import org.passage.admissions.scholarship.Scholarships;
import org.passage.calendar.TurkiyeTime;
import org.passage.pdf.PdfRenderer;
import org.passage.pdf.QrCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues acceptance letters and renders them. Issuing is idempotent: an application has at most one
 * letter, and issuing again (a double click, the bulk run after single letters) returns the first.
 * The PDF is rendered from the stored letter whenever it is asked for, in the language asked for.
 */
@Service
public class AcceptanceLetters {

    /** What a bulk run did: letters issued now, and admitted applications that had one already. */
    public record BulkResult(int issued, int alreadyIssued) {
    }

    private final LetterStore store;
    private final AdmissionApplications applications;
    private final Intakes intakes;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final Scholarships scholarships;

    AcceptanceLetters(LetterStore store, AdmissionApplications applications, Intakes intakes, PdfRenderer pdf,
            MessageSource messages, Clock clock, Scholarships scholarships) {
        this.scholarships = scholarships;
        this.store = store;
        this.applications = applications;
        this.intakes = intakes;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** The application's letter, issued now by {@code staff} unless it has one; refused unless admitted. */
    @Transactional
    public AcceptanceLetter issue(AdmissionNumber number, String staff) {
        Optional<AcceptanceLetter> existing = store.ofApplication(number);
        if (existing.isPresent()) {
            return existing.get();
        }
        AdmissionApplication application = applications.find(number)
                .orElseThrow(() -> new AdmissionNotFoundException(number));
        if (!AcceptanceLetter.issuable(application.state())) {
            throw new LetterRefusedException("application " + number + " is not admitted (" + application.state()
                    + ")");
        }
        store.insertIfAbsent(VerificationCode.random(), number, store.candidateName(number), clock.instant(), staff);
        return store.ofApplication(number).orElseThrow();
    }

    /** Issues a letter for every application of the intake that holds a place and has none yet. */
    @Transactional
    public BulkResult issueAll(String university, String intake, String staff) {
        LetterStore.Count before = store.count(university, intake);
        List<AdmissionNumber> missing = store.withoutLetter(university, intake);
        for (AdmissionNumber number : missing) {
            store.insertIfAbsent(VerificationCode.random(), number, store.candidateName(number), clock.instant(),
                    staff);
        }
        LetterStore.Count after = store.count(university, intake);
        return new BulkResult(after.withLetter() - before.withLetter(), before.withLetter());
    }

    /** The letter with the code, valid or not. */
    @Transactional(readOnly = true)
    public Optional<AcceptanceLetter> find(VerificationCode code) {
        return store.find(code);
    }

    /** The application's letter, if one was issued. */
    @Transactional(readOnly = true)
    public Optional<AcceptanceLetter> ofApplication(AdmissionNumber number) {
        return store.ofApplication(number);
    }

    /** How many of the intake's applications hold a place ({@code admitted}) and how many have a letter. */
    @Transactional(readOnly = true)
    public IntakeCount count(String university, String intake) {
        LetterStore.Count count = store.count(university, intake);
        return new IntakeCount(count.admitted(), count.withLetter());
    }

    /** An intake's applications that hold a place, and how many of them have a letter. */
    public record IntakeCount(int admitted, int withLetter) {
    }

    /** What the verification of a letter shows, in the reader's language. */
    public record Facts(String university, String programme, String intake, String startsOn, String issuedOn,
            String candidate, boolean valid) {
    }

    /** The letter's public facts in {@code locale}: nothing beyond who, what and when, and whether it stands. */
    @Transactional(readOnly = true)
    public Facts facts(AcceptanceLetter letter, Locale locale) {
        Intake intake = intakes.find(letter.university(), letter.intake()).orElseThrow();
        ProgrammeOffer offer = intakes.programme(letter.university(), letter.intake(), letter.programme())
                .orElseThrow();
        return new Facts(store.university(letter.university()).orElseThrow().name().in(locale),
                offer.name().in(locale), intakeName(intake, locale), date(intake.startsOn(), locale),
                date(letter.issuedAt().atZone(TurkiyeTime.ZONE).toLocalDate(), locale), letter.maskedName(),
                letter.valid());
    }

    /**
     * The letter as a PDF in {@code locale}, with its code and a QR code of {@code verificationUrl}
     * (the public page that confirms it).
     */
    @Transactional(readOnly = true)
    public byte[] pdf(AcceptanceLetter letter, String verificationUrl, Locale locale) {
        Intake intake = intakes.find(letter.university(), letter.intake()).orElseThrow();
        ProgrammeOffer offer = intakes.programme(letter.university(), letter.intake(), letter.programme())
                .orElseThrow();
        LetterStore.University university = store.university(letter.university()).orElseThrow();
        Map<String, Object> v = new HashMap<>();
        v.put("university", university.name().in(locale));
        v.put("city", university.city());
        v.put("number", letter.number().value());
        v.put("candidate", letter.candidateName());
        v.put("programme", offer.name().in(locale));
        v.put("language", Locale.of(offer.languageOfInstruction()).getDisplayLanguage(locale));
        v.put("intake", intakeName(intake, locale));
        v.put("startsOn", date(intake.startsOn(), locale));
        v.put("duration", text("admissions.letter.semesters", locale, offer.durationSemesters()));
        v.put("tuition", offer.tuitionAmount() == null ? null
                : java.text.NumberFormat.getNumberInstance(locale).format(offer.tuitionAmount()) + " "
                        + offer.tuitionCurrency());
        // A mid-term admission is a pre-acceptance for the intake's academic year, starting in its fall (§7.9).
        v.put("midTerm", intake.term() == Term.MID_TERM ? text("admissions.letter.mid-term", locale,
                String.valueOf(intake.academicYear()), String.valueOf(intake.academicYear() + 1)) : null);
        v.put("scholarship", scholarships.find(letter.number()).filter(s -> !s.ended())
                .map(s -> scholarship(s, locale)).orElse(null));
        v.put("respondBy", date(intake.respondBy(), locale));
        v.put("registrationFrom", date(intake.registrationFrom(), locale));
        v.put("registrationTo", date(intake.registrationTo(), locale));
        v.put("issuedOn", date(letter.issuedAt().atZone(TurkiyeTime.ZONE).toLocalDate(), locale));
        v.put("code", letter.code().grouped());
        v.put("verificationUrl", verificationUrl);
        v.put("qrCode", QrCodes.pngDataUri(verificationUrl, 240));
        return pdf.render("admissions/letter-pdf", v, locale);
    }

    /** The scholarship as the letter states it: its share of tuition, and its semesters or its agreement. */
    private String scholarship(Scholarship s, Locale locale) {
        return s.bilateral()
                ? text("admissions.letter.scholarship.agreement", locale, s.percent(), s.agreementReference())
                : text("admissions.letter.scholarship.directive", locale, s.percent(), s.semesters());
    }

    private String intakeName(Intake intake, Locale locale) {
        return text("admissions.letter.intake", locale, text("admissions.term." + intake.term().name(), locale),
                String.valueOf(intake.academicYear()), String.valueOf(intake.academicYear() + 1));
    }

    private static String date(java.time.LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
