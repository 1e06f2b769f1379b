package org.passage.residence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.calendar.TurkiyeTime;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.PublicLinks;
import org.passage.notifications.Recipient;
import org.passage.rules.Parameter;
import org.passage.rules.Rulebook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders to students: once a day (ShedLock, one node at a time), every holder of a
 * student's permit (an application naming a university) whose permit ends within the extension
 * window ({@code EXTENSION_WINDOW_DAYS} of the rulebook) gets one e-mail with a link that starts the
 * extension filled in from the earlier application. The reminder goes to the applicant whether or
 * not they still share their application with the university: it is their own permit. A row per
 * permit makes it once per permit, even when the job runs twice or on two nodes.
 */
@Component
public class PermitRenewalReminders {

    private static final Logger log = LoggerFactory.getLogger(PermitRenewalReminders.class);
    static final String WINDOW_PARAMETER = "EXTENSION_WINDOW_DAYS";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ResidencePermitAssessments assessments;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PublicLinks links;

    PermitRenewalReminders(JdbcClient jdbc, Notifications notifications, ResidencePermitAssessments assessments,
            TransactionTemplate transactions, Clock clock, PublicLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.assessments = assessments;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${passage.residence.renewal-reminders-cron:0 15 8 * * *}", zone = TurkiyeTime.ZONE_ID)
    @SchedulerLock(name = "residence-renewal-reminders", lockAtMostFor = "PT30M")
    void run() {
        int sent = remind(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Sent {} permit renewal reminders", sent);
        }
    }

    /** The day a reminder was sent for the permit, if one was. */
    public Optional<Instant> sentAt(PermitNumber permit) {
        return jdbc.sql("SELECT sent_at FROM residence_permit_renewal_reminder WHERE permit_number = ?")
                .param(permit.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Reminds the holders whose permit ends within the window on {@code today}; the number reminded. */
    public int remind(LocalDate today) {
        int window = windowDays(today);
        record Due(String permit, String application, LocalDate validUntil, String email, String mobile,
                String language) {
        }
        List<Due> due = jdbc.sql("""
                SELECT p.permit_number, p.application_number, p.valid_until, a.email, a.mobile, a.language
                FROM residence_permit p JOIN residence_application a ON a.number = p.application_number
                WHERE a.university IS NOT NULL AND a.state = 'APPROVED'
                    AND p.valid_until BETWEEN :today AND :last
                    AND NOT EXISTS (SELECT 1 FROM residence_permit_renewal_reminder r
                        WHERE r.permit_number = p.permit_number)
                ORDER BY p.valid_until, p.permit_number""")
                .param("today", today).param("last", today.plusDays(window))
                .query((rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        int sent = 0;
        for (Due d : due) {
            Boolean done = transactions.execute(status -> {
                int claimed = jdbc.sql("""
                        INSERT INTO residence_permit_renewal_reminder (permit_number, application_number, sent_at)
                        VALUES (?, ?, ?) ON CONFLICT (permit_number) DO NOTHING""")
                        .param(d.permit()).param(d.application()).param(Timestamp.from(clock.instant())).update();
                if (claimed == 0) {
                    return false;
                }
                Locale language = Locale.forLanguageTag(d.language());
                ApplicationNumber application = new ApplicationNumber(d.application());
                notifications.send(new Notification(MessageType.PERMIT_RENEWAL_REMINDER,
                        new Recipient(d.email(), d.mobile()), language,
                        Map.of("applicationNumber", application.formatted(),
                                "permitNumber", new PermitNumber(d.permit()).formatted(),
                                "validUntil", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(language).format(d.validUntil()),
                                "link", links.absolute(extensionLink(application))),
                        "renewal-reminder:" + d.permit()));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Where the extension starts: continuing the earlier application with its number filled in, then,
     * after the one-time code, the extension's pre-registration filled in from it and the permit. The
     * path only: the e-mail makes it absolute with {@link PublicLinks}.
     */
    public static String extensionLink(ApplicationNumber application) {
        return "/residence/continue?number=" + application.value() + "&next=extension";
    }

    private int windowDays(LocalDate today) {
        Rulebook rulebook = assessments.rulebook();
        Parameter parameter = rulebook.parameter(WINDOW_PARAMETER);
        Object value = parameter.valueOn(today, rulebook.approvedValues().getOrDefault(WINDOW_PARAMETER, List.of()))
                .orElseThrow(() -> new IllegalStateException(WINDOW_PARAMETER + " has no value on " + today))
                .value();
        return ((Number) value).intValue();
    }
}
