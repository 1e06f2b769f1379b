package org.passage.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the prompt delivery after commit did not: retries that are due, and deliveries whose
 * node stopped before or during its attempt. Runs on every node; the outbox's claims keep them apart.
 */
@Component
class OutboxPoller {

    private final OutboxDelivery delivery;

    OutboxPoller(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${passage.notifications.poll-interval:10s}",
            initialDelayString = "${passage.notifications.poll-interval:10s}")
    void deliverDue() {
        delivery.deliverDue();
    }
}
