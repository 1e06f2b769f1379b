package org.passage.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Attempts deliveries claimed from the outbox and records the outcome: SENT, or another attempt after
 * an exponential back-off, or FAILED after the last attempt. Any node may run it at any time.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final Channels channels;
    private final NotificationsProperties properties;
    private final Clock clock;

    OutboxDelivery(Outbox outbox, Channels channels, NotificationsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.properties = properties;
        this.clock = clock;
    }

    /** Delivers those of {@code ids} that are due and not held by another node. */
    void deliver(Collection<UUID> ids) {
        outbox.claim(ids, clock.instant(), properties.lease()).forEach(this::attempt);
    }

    /** Delivers every due delivery, one claim at a time so that a lease only has to cover one attempt. */
    int deliverDue() {
        int attempted = 0;
        Optional<Delivery> next;
        while ((next = outbox.claimNextDue(clock.instant(), properties.lease())).isPresent()) {
            attempt(next.get());
            attempted++;
        }
        return attempted;
    }

    private void attempt(Delivery delivery) {
        try {
            channels.send(delivery);
        } catch (RuntimeException e) {
            failed(delivery, e);
            return;
        }
        outbox.markSent(delivery, clock.instant());
        log.debug("Delivered {} {} by {}", delivery.type(), delivery.id(), delivery.channel());
    }

    private void failed(Delivery delivery, RuntimeException e) {
        int attempts = delivery.attempts() + 1;
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (attempts >= properties.maxAttempts()) {
            outbox.markFailed(delivery, error);
            log.error("Gave up delivering {} {} by {} after {} attempts: {}", delivery.type(), delivery.id(),
                    delivery.channel(), attempts, error);
            return;
        }
        Instant next = clock.instant().plus(properties.backoffAfter(attempts));
        outbox.markRetry(delivery, next, error);
        log.warn("Delivering {} {} by {} failed (attempt {} of {}), next attempt at {}: {}", delivery.type(),
                delivery.id(), delivery.channel(), attempts, properties.maxAttempts(), next, error);
    }
}
