package org.passage.admissions.candidate.internal;

import java.util.Locale;
import java.util.Map;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionState;
import org.passage.admissions.desk.AdmissionStateChanged;
import org.passage.admissions.desk.CorrectionRequested;
import org.passage.forms.FieldParsers;
import org.passage.admissions.desk.Intakes;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.PublicLinks;
import org.passage.notifications.Recipient;
import org.passage.residence.LetterStart;
import org.passage.rules.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tells the candidate by e-mail of every change staff make to their application, and of every
 * request for a corrected document, in the language
 * of their file, in the transaction of the change: the mail goes if and only if the change is kept.
 * The enrolment mail also links the start of the student residence application from the acceptance
 * letter, its code filled in, as the next step of the student's way.
 */
@Component
class StateChangeMails {

    private final CandidateFiles files;
    private final Intakes intakes;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AcceptanceLetters letters;
    private final AdmissionApplications applications;
    private final PublicLinks links;

    private final CandidateJourney journey;

    StateChangeMails(CandidateFiles files, Intakes intakes, Notifications notifications, MessageSource messages,
            AcceptanceLetters letters, AdmissionApplications applications, PublicLinks links,
            CandidateJourney journey) {
        this.letters = letters;
        this.applications = applications;
        this.links = links;
        this.journey = journey;
        this.files = files;
        this.intakes = intakes;
        this.notifications = notifications;
        this.messages = messages;
    }

    @EventListener
    void on(AdmissionStateChanged change) {
        if (change.by() != AdmissionActor.Kind.STAFF) {
            return;
        }
        Locale language = Locale.of(files.language(change.candidateEmail(), change.university(), change.intake())
                .orElse("en"));
        LocalizedText programme = intakes.programmeNames(change.university()).get(change.programme());
        String programmeName = programme == null ? change.programme() : programme.in(language);
        if (change.to() == AdmissionState.ENROLLED) {
            var letter = letters.ofApplication(change.number()).filter(AcceptanceLetter::valid);
            var studentNumber = applications.find(change.number()).map(AdmissionApplication::studentNumber);
            if (letter.isPresent() && studentNumber.isPresent()) {
                notifications.send(new Notification(MessageType.ADMISSION_ENROLLED,
                        Recipient.ofEmail(change.candidateEmail()), language,
                        Map.of("applicationNumber", change.number().value(), "programme", programmeName,
                                "studentNumber", studentNumber.get(), "link", link(),
                                "residenceLink", links.absolute(LetterStart.link(letter.get().code().value())))));
                return;
            }
        }
        notifications.send(new Notification(MessageType.ADMISSION_STATE_CHANGED,
                Recipient.ofEmail(change.candidateEmail()), language,
                Map.of("applicationNumber", change.number().value(),
                        "programme", programmeName,
                        "state", messages.getMessage("admissions.desk.state." + change.to().name(), null, language),
                        "link", link())));
    }

    /** Asks the candidate for the corrected document, in the language of their file, with the day and the note. */
    @EventListener
    void on(CorrectionRequested request) {
        Locale language = Locale.of(files.language(request.candidateEmail(), request.university(), request.intake())
                .orElse("en"));
        LocalizedText programme = intakes.programmeNames(request.university()).get(request.programme());
        notifications.send(new Notification(MessageType.ADMISSION_CORRECTION_REQUESTED,
                Recipient.ofEmail(request.candidateEmail()), language,
                Map.of("applicationNumber", request.number().value(),
                        "programme", programme == null ? request.programme() : programme.in(language),
                        "document", journey.documentTitle(request.document(), language),
                        "dueDate", FieldParsers.formatDate(request.correctBy(), language),
                        "note", request.note() == null ? "–" : request.note(),
                        "link", link())));
    }

    /** The candidate's start page: absolute when a request is being served, else relative. */
    private static String link() {
        String path = CandidatePages.BASE;
        if (RequestContextHolder.getRequestAttributes() == null) {
            return path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + path;
    }
}
