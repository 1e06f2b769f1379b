package org.passage.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff settings.
 *
 * @param sessionTimeout a staff session ends after this long without a request
 * @param lockout        when and for how long an account is locked after failed sign-ins
 * @param signInLimit    sign-in attempts allowed per client address
 * @param initialAdmin   the first administrator, created at start-up when no administrator exists
 */
@ConfigurationProperties("passage.staff")
record StaffProperties(
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue Lockout lockout,
        @DefaultValue SignInLimit signInLimit,
        @DefaultValue InitialAdmin initialAdmin) {

    StaffProperties {
        if (sessionTimeout.toSeconds() < 60) {
            throw new IllegalArgumentException("passage.staff.session-timeout must be at least one minute");
        }
    }

    /**
     * @param maxFailures failed sign-ins in a row that lock the account
     * @param firstLock   how long the first lock lasts; each further lock without a successful sign-in
     *                    in between lasts twice as long as the one before…
     * @param longestLock …up to this
     */
    record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration firstLock,
            @DefaultValue("24h") Duration longestLock) {

        Lockout {
            if (maxFailures < 1 || firstLock.toSeconds() < 1 || longestLock.compareTo(firstLock) < 0) {
                throw new IllegalArgumentException("passage.staff.lockout needs max-failures >= 1 and "
                        + "longest-lock >= first-lock >= 1s");
            }
        }
    }

    /**
     * @param attempts sign-in attempts per window and client address, whatever the account
     * @param window   length of one window
     */
    record SignInLimit(@DefaultValue("30") int attempts, @DefaultValue("15m") Duration window) {
    }

    /**
     * @param username user name of the first administrator; unset: none is created
     * @param password the administrator's password (at least 12 characters, not a common one)
     */
    record InitialAdmin(String username, String password) {

        boolean requested() {
            return username != null && !username.isBlank();
        }

        @Override
        public String toString() {
            return "InitialAdmin[username=" + username + ", password=" + (password == null ? "unset" : "[hidden]") + "]";
        }
    }
}
