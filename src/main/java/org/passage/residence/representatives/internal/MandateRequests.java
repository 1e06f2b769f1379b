package org.passage.residence.representatives.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.identity.CodeSubject;
import org.passage.identity.OneTimeCodes;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ResidenceApplication;
import org.passage.residence.representatives.MandateScope;
import org.passage.residence.representatives.RepresentativeActions;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandates from request to revocation: a verified representative asks for one naming the
 * application's number and passport, the applicant confirms it with the one-time code mailed to
 * the application's address, and may revoke it at any time (at once: the API reads the mandate on
 * every call).
 */
@Component
class MandateRequests {

    /** The purpose of a mandate's confirmation code subject. */
    static final String PURPOSE = "mandate";

    enum State {
        REQUESTED, LIVE, EXPIRED, REVOKED
    }

    record Mandate(UUID id, UUID representative, ApplicationNumber number, Set<MandateScope> scopes, LocalDate endsOn,
            Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant revokedAt) {

        State state(LocalDate today) {
            if (revokedAt != null) {
                return State.REVOKED;
            }
            if (endsOn.isBefore(today)) {
                return State.EXPIRED;
            }
            return confirmedAt == null ? State.REQUESTED : State.LIVE;
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationJourney journey;
    private final OneTimeCodes codes;
    private final Notifications notifications;
    private final RepresentativeActions actions;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    MandateRequests(JdbcClient jdbc, ApplicationJourney journey, OneTimeCodes codes, Notifications notifications,
            RepresentativeActions actions, AuditTrail audit, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.journey = journey;
        this.codes = codes;
        this.notifications = notifications;
        this.actions = actions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Asks the applicant of {@code number} for a mandate when the passport matches: a code goes to
     * the application's e-mail address. Empty when the number and passport do not name an application.
     */
    @Transactional
    public Optional<Mandate> request(UUID representative, ApplicationNumber number, PassportNumber passport,
            Set<MandateScope> scopes, LocalDate endsOn) {
        Optional<ResidenceApplication> found = journey.identify(number, passport);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResidenceApplication application = found.get();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO representative_mandate (id, representative_id, number, scopes, ends_on, requested_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, representative, number.value(), MandateScope.store(scopes), Date.valueOf(endsOn),
                        Timestamp.from(now))
                .update();
        String code = codes.issue(CodeSubject.of(PURPOSE, id.toString()));
        Locale language = application.contact().language();
        notifications.send(new Notification(MessageType.MANDATE_REQUESTED, Recipient.ofEmail(
                application.contact().email()), language, Map.of(
                        "applicationNumber", number.formatted(),
                        "representative", actions.describe(representative, language),
                        "scopes", scopes.stream().sorted().map(s -> messages.getMessage("representatives.scope." + s,
                                null, language)).collect(Collectors.joining(", ")),
                        "endsOn", endsOn.toString(),
                        "mandateId", id.toString(),
                        "code", code,
                        "minutes", String.valueOf(OneTimeCodes.VALIDITY.toMinutes()))));
        audit.record(AuditEvent.of(AuditActor.representative(representative.toString()), "MANDATE_REQUESTED",
                number.value()).with("mandate", id.toString()).with("scopes", MandateScope.store(scopes))
                .with("endsOn", endsOn.toString()));
        return find(id);
    }

    /**
     * Confirms a requested mandate with the code the applicant received; false for a wrong or
     * expired code, or a mandate no longer awaiting confirmation. A wrong code counts as an attempt.
     */
    @Transactional
    public boolean confirm(UUID id, String code) {
        Optional<Mandate> mandate = find(id);
        if (mandate.isEmpty() || mandate.get().state(today()) != State.REQUESTED
                || !codes.verify(CodeSubject.of(PURPOSE, id.toString()), code)) {
            return false;
        }
        jdbc.sql("UPDATE representative_mandate SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL")
                .params(Timestamp.from(clock.instant()), id).update();
        audit.record(AuditEvent.of(AuditActor.applicant(mandate.get().number().value()), "MANDATE_CONFIRMED",
                mandate.get().number().value()).with("mandate", id.toString())
                .with("representative", mandate.get().representative().toString()));
        return true;
    }

    /** Revokes the application's mandate at once; false when it has none with that id still in force. */
    @Transactional
    public boolean revoke(ApplicationNumber number, UUID id) {
        int updated = jdbc.sql("""
                UPDATE representative_mandate SET revoked_at = ? WHERE id = ? AND number = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), id, number.value()).update();
        if (updated == 1) {
            audit.record(AuditEvent.of(AuditActor.applicant(number.value()), "MANDATE_REVOKED", number.value())
                    .with("mandate", id.toString()));
        }
        return updated == 1;
    }

    @Transactional(readOnly = true)
    public Optional<Mandate> find(UUID id) {
        return jdbc.sql("SELECT * FROM representative_mandate WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The representative's mandates, newest first. */
    @Transactional(readOnly = true)
    public List<Mandate> ofRepresentative(UUID representative) {
        return jdbc.sql("SELECT * FROM representative_mandate WHERE representative_id = ? ORDER BY requested_at DESC")
                .param(representative).query(this::map).list();
    }

    /** The application's mandates, newest first. */
    @Transactional(readOnly = true)
    public List<Mandate> ofApplication(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM representative_mandate WHERE number = ? ORDER BY requested_at DESC")
                .param(number.value()).query(this::map).list();
    }

    private Mandate map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Mandate(rs.getObject("id", UUID.class), rs.getObject("representative_id", UUID.class),
                new ApplicationNumber(rs.getString("number")), MandateScope.load(rs.getString("scopes")),
                rs.getDate("ends_on").toLocalDate(), rs.getTimestamp("requested_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
