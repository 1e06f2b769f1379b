package org.passage.residence.representatives;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.residence.ApplicationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a representative may reach an application: read from PostgreSQL on every call, with no
 * cache, so a revocation takes effect at once on every node. A mandate is live when the applicant
 * confirmed it, has not revoked it, its end date has not passed, and its representative is verified.
 */
@Component
public class Mandates {

    /** What {@link #access} found. */
    public sealed interface Access {
    }

    /** A live mandate covers the application and the scope asked for. */
    public record Granted(UUID mandate, @Nullable MandateScope scope) implements Access {
    }

    /** No live mandate of this representative covers the application. */
    public record NoMandate() implements Access {
    }

    /** A live mandate covers the application, but not for what was asked. */
    public record OutOfScope() implements Access {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Mandates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Whether the representative may act on the application for one of {@code anyOf} (empty: for
     * nothing, as for the mandates themselves); {@code reading} lets any live mandate read.
     */
    @Transactional(readOnly = true)
    public Access access(UUID representative, ApplicationNumber number, Set<MandateScope> anyOf, boolean reading) {
        record Live(UUID id, Set<MandateScope> scopes) {
        }
        List<Live> live = jdbc.sql("""
                SELECT m.id, m.scopes FROM representative_mandate m
                JOIN representative r ON r.id = m.representative_id
                WHERE m.representative_id = ? AND m.number = ? AND m.confirmed_at IS NOT NULL
                  AND m.revoked_at IS NULL AND m.ends_on >= ? AND r.verified_at IS NOT NULL
                ORDER BY m.requested_at""")
                .params(representative, number.value(), Date.valueOf(LocalDate.now(clock)))
                .query((rs, i) -> new Live(rs.getObject("id", UUID.class), MandateScope.load(rs.getString("scopes"))))
                .list();
        if (live.isEmpty()) {
            return new NoMandate();
        }
        if (reading) {
            return new Granted(live.getFirst().id(), null);
        }
        for (Live mandate : live) {
            for (MandateScope scope : anyOf) {
                if (mandate.scopes().contains(scope)) {
                    return new Granted(mandate.id(), scope);
                }
            }
        }
        return new OutOfScope();
    }
}
