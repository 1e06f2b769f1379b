package org.passage.rules.parameters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.passage.notifications.MessageType;
import org.passage.notifications.Notification;
import org.passage.notifications.Notifications;
import org.passage.notifications.Recipient;
import org.passage.rules.ParameterAttention;
import org.passage.rules.Rulebooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody is surprised by a figure running out: the gauge {@code passage.parameters.attention} counts
 * the parameters whose last period ends within 60 days or has ended, and a daily job (one node at a
 * time) e-mails the administrators' addresses once per parameter and period, through the outbox.
 */
@Component
class ParameterWatch {

    static final int DAYS = ParameterListing.WARNING_DAYS;
    private static final Logger log = LoggerFactory.getLogger(ParameterWatch.class);

    private final Rulebooks rulebooks;
    private final Notifications notifications;
    private final Clock clock;
    private final List<String> recipients;

    ParameterWatch(Rulebooks rulebooks, Notifications notifications, Clock clock, MeterRegistry meters,
            @Value("${passage.parameters.alert-recipients:}") List<String> recipients) {
        this.rulebooks = rulebooks;
        this.notifications = notifications;
        this.clock = clock;
        this.recipients = recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        Gauge.builder("passage.parameters.attention", this, w -> w.needingAttention().size())
                .description("Rulebook parameters whose last period ends within 60 days or has ended")
                .register(meters);
    }

    List<ParameterAttention> needingAttention() {
        return rulebooks.needingAttention(LocalDate.now(clock), DAYS);
    }

    /** Sends each administrator address one e-mail per parameter and last period; repeats are ignored by key. */
    @Scheduled(cron = "${passage.parameters.alert-cron:0 30 7 * * *}", zone = "Europe/Istanbul")
    @SchedulerLock(name = "parameter-alerts")
    @Transactional
    public void alert() {
        List<ParameterAttention> due = needingAttention();
        if (!due.isEmpty() && recipients.isEmpty()) {
            log.warn("{} rulebook parameters need a new period, and passage.parameters.alert-recipients is empty",
                    due.size());
        }
        for (ParameterAttention a : due) {
            for (String to : recipients) {
                notifications.send(new Notification(MessageType.PARAMETER_PERIOD_ENDING, Recipient.ofEmail(to),
                        Locale.ENGLISH, Map.of("parameter", a.title().en(), "rulebook", a.rulebookTitle().en(),
                                "from", a.lastFrom().toString(), "to", a.lastTo().toString()),
                        "parameter-period:" + a.rulebook() + "/" + a.parameter() + "/" + a.lastFrom() + ":" + to));
            }
        }
    }
}
