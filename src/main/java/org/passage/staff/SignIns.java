package org.passage.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.ratelimit.RateLimitResult;
import org.passage.ratelimit.RateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a sign-in attempt and records it: the per-address limit first, then the account's lock,
 * then the password. Failures, locks and the audit events commit with the decision, which is
 * returned rather than thrown so that nothing is rolled back.
 */
@Service
class SignIns {

    static final String RATE_LIMIT_BUCKET = "staff-sign-in";
    static final String SIGNED_IN = "STAFF_SIGNED_IN";
    static final String SIGN_IN_FAILED = "STAFF_SIGN_IN_FAILED";
    static final String ACCOUNT_LOCKED = "STAFF_ACCOUNT_LOCKED";
    static final String SIGNED_OUT = "STAFF_SIGNED_OUT";

    /** Why an attempt was refused (the page tells only "too many attempts" apart from the rest). */
    enum Refusal {
        RATE_LIMITED, UNKNOWN_ACCOUNT, DISABLED, LOCKED, WRONG_PASSWORD
    }

    /** A signed-in principal, or a refusal with, when rate-limited, the time to wait. */
    record Outcome(StaffPrincipal principal, Refusal refusal, Duration retryAfter) {

        static Outcome signedIn(StaffPrincipal principal) {
            return new Outcome(principal, null, null);
        }

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal, null);
        }

        boolean succeeded() {
            return principal != null;
        }
    }

    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final RateLimiter rateLimiter;
    private final AuditTrail audit;
    private final StaffProperties properties;

    SignIns(StaffAccounts accounts, Passwords passwords, RateLimiter rateLimiter, AuditTrail audit,
            StaffProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    Outcome attempt(String givenUsername, String password, String address) {
        String username = normalize(givenUsername);
        RateLimitResult limit = rateLimiter.tryAcquire(RATE_LIMIT_BUCKET, address == null ? "unknown" : address,
                properties.signInLimit().attempts(), properties.signInLimit().window());
        if (!limit.allowed()) {
            failed(username, address, Refusal.RATE_LIMITED);
            return new Outcome(null, Refusal.RATE_LIMITED, limit.retryAfter());
        }
        Optional<StaffAccount> found = accounts.findForUpdate(username);
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            return failed(username, address, Refusal.UNKNOWN_ACCOUNT);
        }
        StaffAccount account = found.get();
        boolean matches = passwords.matches(password, account.passwordHash());
        if (!account.enabled()) {
            return failed(username, address, Refusal.DISABLED);
        }
        if (account.locked()) {
            // Attempts during a lock neither count nor lengthen it: the lock already stops guessing.
            return failed(username, address, Refusal.LOCKED);
        }
        if (!matches) {
            Optional<Instant> lockedUntil = accounts.recordFailure(username, properties.lockout());
            Outcome outcome = failed(username, address, Refusal.WRONG_PASSWORD);
            lockedUntil.ifPresent(until -> audit.record(AuditEvent.of(AuditActor.system("sign-in"), ACCOUNT_LOCKED,
                    subject(username)).withReason("failed sign-ins").with("until", until.toString())
                    .with("failures", properties.lockout().maxFailures())));
            return outcome;
        }
        accounts.recordSuccess(username);
        if (passwords.needsRehash(account.passwordHash())) {
            accounts.setPasswordHash(username, passwords.hash(password));
        }
        audit.record(AuditEvent.of(AuditActor.staff(username), SIGNED_IN, subject(username)).with("address", address));
        return Outcome.signedIn(account.principal());
    }

    /** Records a sign-out of {@code staff}. */
    @Transactional
    void signedOut(StaffPrincipal staff) {
        audit.record(AuditEvent.of(AuditActor.staff(staff.username()), SIGNED_OUT, subject(staff.username())));
    }

    private Outcome failed(String username, String address, Refusal refusal) {
        audit.record(AuditEvent.of(claimedActor(username), SIGN_IN_FAILED, subject(username))
                .withReason(refusal.name()).with("address", address));
        return Outcome.refused(refusal);
    }

    /** User names are lower case; what was typed is compared the same way. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String subject(String username) {
        return "staff:" + truncate(username.isEmpty() ? "-" : username, 190);
    }

    // A failed attempt may name no account, or a long one: the actor is what was typed, cut to fit.
    private static AuditActor claimedActor(String username) {
        return AuditActor.staff(username.isEmpty() ? "-" : truncate(username, 100));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
