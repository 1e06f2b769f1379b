/**
 * E-mail and SMS to applicants through a transactional outbox: {@link org.passage.notifications.Notifications#send}
 * records a message in the caller's transaction, and it is delivered after the commit, with retries, by
 * whichever node gets to it first. Without an SMTP server, messages go to the development mailbox at
 * {@code /admin/dev-mailbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package org.passage.notifications;
