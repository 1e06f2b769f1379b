package org.passage.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An account as the administration pages show it, times in Türkiye. */
record AccountView(String username, String fullName, List<StaffRole> roles, boolean enabled, boolean locked,
        String lockedUntil, int failedAttempts, String lastSignInAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static AccountView of(StaffAccount account, ZoneId zone) {
        return new AccountView(account.username(), account.fullName(), account.roles().stream().sorted().toList(),
                account.enabled(), account.locked(), format(account.lockedUntil(), zone), account.failedAttempts(),
                format(account.lastSignInAt(), zone));
    }

    private static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }
}
