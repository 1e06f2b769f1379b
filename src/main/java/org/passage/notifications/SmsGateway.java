package org.passage.notifications;

import java.util.UUID;

/**
 * Sends SMS. Passage logs them by default; a bean implementing this interface replaces that with a
 * real provider.
 */
public interface SmsGateway {

    /**
     * Sends {@code text} to {@code mobile} (E.164), or throws so that the outbox tries again later.
     * May be called again for the same message after a crash; {@code deliveryId} is the same
     * then, for a provider that can use it to drop the repeat.
     */
    void send(UUID deliveryId, String mobile, String text);
}
