package org.passage.residence.representatives.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.identity.CodeSubject;
import org.passage.identity.EmailSignIn;
import org.passage.identity.OneTimeCodes;
import org.passage.residence.representatives.RepresentativeKind;
import org.passage.residence.representatives.RepresentativeTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives' accounts: registered with an e-mail address (proven by a one-time code, as the
 * candidate's and the visa applicant's sign-ins) and verified by an administrator before they may
 * do anything else.
 */
@Component
class RepresentativeAccounts {

    record Account(UUID id, RepresentativeKind kind, String name, String email, @Nullable String barRegistrationNumber,
            Instant createdAt, @Nullable Instant emailConfirmedAt, @Nullable Instant verifiedAt) {

        boolean verified() {
            return verifiedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final EmailSignIn signIn;
    private final OneTimeCodes codes;
    private final AuditTrail audit;
    private final Clock clock;

    RepresentativeAccounts(JdbcClient jdbc, EmailSignIn signIn, OneTimeCodes codes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a representative (unverified) and mails a code to the address; an address already
     * registered keeps its account and only gets a new code, so the call tells nobody which
     * addresses are registered.
     */
    @Transactional
    public void register(RepresentativeKind kind, String name, String email, @Nullable String bar, Locale language) {
        Optional<Account> existing = byEmail(email);
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO representative (id, kind, name, email, bar_registration_number, created_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(id, kind.name(), name.strip(), email.strip(), bar == null ? null : bar.strip(),
                            Timestamp.from(clock.instant()))
                    .update();
            audit.record(AuditEvent.of(AuditActor.representative(id.toString()), "REPRESENTATIVE_REGISTERED",
                    "representative:" + id).with("kind", kind.name()));
        }
        signIn.sendCode(subject(email).value(), email.strip(), language);
    }

    /** Mails a new code to a registered address; nothing for an unknown one. */
    @Transactional
    public void sendCode(String email, Locale language) {
        byEmail(email).ifPresent(account -> signIn.sendCode(subject(email).value(), account.email(), language));
    }

    /** The account whose current code this is (the code is used up); empty for a wrong code. */
    @Transactional
    public Optional<Account> signIn(String email, String code) {
        Optional<Account> account = byEmail(email);
        if (account.isEmpty() || !codes.verify(subject(email), code)) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE representative SET email_confirmed_at = ? WHERE id = ? AND email_confirmed_at IS NULL")
                .params(Timestamp.from(clock.instant()), account.get().id()).update();
        return byId(account.get().id());
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("SELECT * FROM representative WHERE lower(email) = lower(?)").param(email.strip())
                .query(this::map).optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql("SELECT * FROM representative WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The representatives awaiting verification whose address is proven, oldest first. */
    @Transactional(readOnly = true)
    public List<Account> unverified() {
        return jdbc.sql("""
                SELECT * FROM representative WHERE verified_at IS NULL AND email_confirmed_at IS NOT NULL
                ORDER BY created_at LIMIT 500""").query(this::map).list();
    }

    /** Verifies a representative; false when there is none awaiting verification with that id. */
    @Transactional
    public boolean verify(UUID id, String administrator) {
        int updated = jdbc.sql("""
                UPDATE representative SET verified_at = ?, verified_by = ?
                WHERE id = ? AND verified_at IS NULL AND email_confirmed_at IS NOT NULL""")
                .params(Timestamp.from(clock.instant()), administrator, id).update();
        if (updated == 1) {
            audit.record(AuditEvent.of(AuditActor.staff(administrator), "REPRESENTATIVE_VERIFIED",
                    "representative:" + id));
        }
        return updated == 1;
    }

    private static CodeSubject subject(String email) {
        return CodeSubject.of(RepresentativeTokens.PURPOSE, email);
    }

    private Account map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getObject("id", UUID.class), RepresentativeKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("email"), rs.getString("bar_registration_number"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("email_confirmed_at")),
                instant(rs.getTimestamp("verified_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
