package org.passage.notifications;

/** How a delivery reaches the recipient. */
enum Channel {
    EMAIL, SMS
}
