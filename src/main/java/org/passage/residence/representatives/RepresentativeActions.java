package org.passage.residence.representatives;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.residence.Actor;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.ResidenceApplication;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a representative did for an applicant: a row "on behalf of" in the application's
 * history (actor {@link Actor.Kind#REPRESENTATIVE}), an audit event by the representative naming the
 * application and the mandate, and an e-mail to the applicant through the outbox, in one transaction.
 */
@Component
public class RepresentativeActions {

    /** The history's and the audit trail's action of a representative's change. */
    public static final String ACTED_ON_BEHALF = "REPRESENTATIVE_ACTED_ON_BEHALF";

    private final JdbcClient jdbc;
    private final ApplicationJourney journey;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    RepresentativeActions(JdbcClient jdbc, ApplicationJourney journey, AuditTrail audit, Notifications notifications,
            MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.journey = journey;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records {@code operation} (method and path) the representative made under the mandate. */
    @Transactional
    public void record(OnBehalfOf acting, String operation) {
        ResidenceApplication application = journey.load(acting.number());
        String state = application.state().name();
        String scope = acting.scope() == null ? "READ" : acting.scope().name();
        jdbc.sql("""
                INSERT INTO residence_application_history (number, at, actor_kind, actor_id, action, from_state,
                    to_state, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(acting.number().value(), Timestamp.from(clock.instant()), Actor.Kind.REPRESENTATIVE.name(),
                        acting.representative().toString(), ACTED_ON_BEHALF, state, state,
                        truncate(scope + ": " + operation + " (mandate " + acting.mandate() + ")"))
                .update();
        audit.record(AuditEvent.of(AuditActor.representative(acting.representative().toString()), ACTED_ON_BEHALF,
                        acting.number().value())
                .with("onBehalfOf", acting.number().value())
                .with("mandate", acting.mandate().toString())
                .with("scope", scope)
                .with("operation", operation));
        var language = application.contact().language();
        notifications.send(new Notification(MessageType.REPRESENTATIVE_ACTED,
                Recipient.ofEmail(application.contact().email()), language,
                Map.of("applicationNumber", acting.number().formatted(),
                        "representative", describe(acting.representative(), language),
                        "action", messages.getMessage("representatives.action." + scope, null, language))));
    }

    /** The representative's name and kind in {@code language}, as the applicant is told. */
    public String describe(java.util.UUID representative, java.util.Locale language) {
        return jdbc.sql("SELECT name, kind FROM representative WHERE id = ?").param(representative)
                .query((rs, i) -> rs.getString("name") + " (" + messages.getMessage(
                        "representatives.kind." + rs.getString("kind"), null, language) + ")")
                .single();
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
