package org.passage.admissions.candidate.internal;

import java.util.Locale;
import java.util.Map;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionStateChanged;
import org.passage.admissions.desk.Intakes;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.rules.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tells the candidate by e-mail of every change staff make to their application, in the language
 * of their file, in the transaction of the change: the mail goes if and only if the change is kept.
 */
@Component
class StateChangeMails {

    private final CandidateFiles files;
    private final Intakes intakes;
    private final Notifications notifications;
    private final MessageSource messages;

    StateChangeMails(CandidateFiles files, Intakes intakes, Notifications notifications, MessageSource messages) {
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
        notifications.send(new Notification(MessageType.ADMISSION_STATE_CHANGED,
                Recipient.ofEmail(change.candidateEmail()), language,
                Map.of("applicationNumber", change.number().value(),
                        "programme", programme == null ? change.programme() : programme.in(language),
                        "state", messages.getMessage("admissions.desk.state." + change.to().name(), null, language),
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
