package org.passage.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail and SMS to applicants through the outbox: what is sent is decided in the caller's
 * transaction and goes out only if it commits.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final MessageTemplates templates;
    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final Executor promptDelivery;
    private final Clock clock;

    Notifications(MessageTemplates templates, Outbox outbox, OutboxDelivery delivery,
            @Qualifier("applicationTaskExecutor") Executor promptDelivery, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.delivery = delivery;
        this.promptDelivery = promptDelivery;
        this.clock = clock;
    }

    /**
     * Records {@code notification} in the caller's transaction, which must exist; it is delivered to
     * each channel of the recipient after the commit, and never if the transaction rolls back. A
     * notification with the key of an earlier one is ignored.
     *
     * @throws IllegalArgumentException when a text of the notification's type needs a parameter it lacks
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Notification notification) {
        List<Delivery> deliveries = new ArrayList<>();
        Recipient recipient = notification.recipient();
        if (recipient.email() != null) {
            deliveries.add(newDelivery(notification, Channel.EMAIL, recipient.email()));
        }
        if (recipient.mobile() != null) {
            deliveries.add(newDelivery(notification, Channel.SMS, recipient.mobile()));
        }
        List<UUID> ids = outbox.enqueue(notification, deliveries, clock.instant());
        if (!ids.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliverSoon(ids);
                }
            });
        }
    }

    private Delivery newDelivery(Notification notification, Channel channel, String address) {
        MessageTemplates.Message message = templates.render(notification, channel);
        return new Delivery(UUID.randomUUID(), notification.type(), channel, address, message.subject(),
                message.body(), 0);
    }

    // On another thread: here the committed transaction's connection is still bound, and a second
    // one would slow down the caller. If that thread never runs (a crash, a full queue), the poller
    // delivers instead.
    private void deliverSoon(List<UUID> ids) {
        try {
            promptDelivery.execute(() -> delivery.deliver(ids));
        } catch (RejectedExecutionException e) {
            log.debug("Prompt delivery of {} refused; the poller will deliver", ids);
        }
    }
}
