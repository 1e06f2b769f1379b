package org.passage.appointments;

import org.passage.residence.ApplicationSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Learns of every submitted application. Listens synchronously, inside the submitting transaction,
 * so a submission and its place in the Istanbul/Ankara queue are committed together or not at all
 * (an after-commit listener could lose it in a crash).
 */
@Component
class SubmittedApplications {

    private final KnownApplications applications;

    SubmittedApplications(KnownApplications applications) {
        this.applications = applications;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        applications.add(submitted.number(), submitted.province(), submitted.submittedAt(), submitted.contact());
    }
}
