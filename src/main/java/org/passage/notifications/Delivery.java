package org.passage.notifications;

import java.util.UUID;

/**
 * One channel of one notification, as claimed by a node for an attempt.
 *
 * @param attempts the failed attempts before this one
 */
record Delivery(UUID id, MessageType type, Channel channel, String address, String subject, String body,
        int attempts) {
}
