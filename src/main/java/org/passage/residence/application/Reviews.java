package org.passage.residence.application;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.CaseListing;
import org.passage.residence.CaseQuery;
import org.passage.residence.Decision;
import org.passage.residence.IssuedPermit;
import org.passage.residence.MissingDocuments;
import org.passage.residence.PassportNumber;
import org.passage.residence.PermitNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review records of applications: requests for missing documents, decisions and issued permits.
 * {@link Applications} writes them with the application; decisions and permits are written once.
 */
@Repository
public class Reviews {

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the application's latest request for missing documents and its decision, if new or changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    void save(ResidenceApplication a) {
        MissingDocuments m = a.missingDocuments();
        if (m != null) {
            jdbc.sql("""
                    INSERT INTO residence_missing_documents (number, items, due_date, note, requested_at,
                        requested_by_kind, requested_by_id, completed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (number, requested_at) DO UPDATE SET completed_at = EXCLUDED.completed_at
                    WHERE residence_missing_documents.completed_at IS DISTINCT FROM EXCLUDED.completed_at""")
                    .params(a.number().value(), m.items().toArray(String[]::new), m.dueDate(), m.note(),
                            ts(m.requestedAt()), m.requestedBy().kind().name(), m.requestedBy().id(),
                            ts(m.completedAt()))
                    .update();
        }
        Decision d = a.decision();
        if (d != null) {
            int inserted = jdbc.sql("""
                    INSERT INTO residence_decision (number, outcome, grounds, explanation, decided_at, decided_by_kind,
                        decided_by_id, rulebook_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING""")
                    .params(a.number().value(), d.outcome().name(), d.grounds().toArray(String[]::new),
                            d.explanation(), ts(d.decidedAt()), d.decidedBy().kind().name(), d.decidedBy().id(),
                            a.submission() == null ? null : a.submission().rulebookVersion())
                    .update();
            IssuedPermit p = d.permit();
            if (inserted == 1 && p != null) {
                jdbc.sql("""
                        INSERT INTO residence_permit (permit_number, application_number, passport_number, permit_type,
                            reason, valid_from, valid_until, shortening_reason, issued_at, issued_by_kind, issued_by_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(p.number().value(), p.application().value(), p.passport().value(), p.permitType(),
                                p.reason(), p.validFrom(), p.validUntil(), p.shorteningReason(), ts(p.issuedAt()),
                                p.issuedBy().kind().name(), p.issuedBy().id())
                        .update();
            }
        }
    }

    /** Restores the latest request and the decision into a loaded application. */
    void restore(ResidenceApplication a) {
        if (a.submission() == null) {
            return;
        }
        MissingDocuments latest = jdbc.sql("""
                SELECT * FROM residence_missing_documents WHERE number = ? ORDER BY requested_at DESC LIMIT 1""")
                .param(a.number().value())
                .query(Reviews::missingDocuments).optional().orElse(null);
        Decision decision = jdbc.sql("SELECT * FROM residence_decision WHERE number = ?").param(a.number().value())
                .query((rs, i) -> new Decision(Decision.Outcome.valueOf(rs.getString("outcome")),
                        strings(rs.getArray("grounds")), rs.getString("explanation"),
                        rs.getTimestamp("decided_at").toInstant(),
                        actor(rs.getString("decided_by_kind"), rs.getString("decided_by_id")),
                        permit(a.number()).orElse(null)))
                .optional().orElse(null);
        a.restoreReview(latest, decision);
    }

    /** Every request for missing documents of the application, oldest first. */
    public List<MissingDocuments> missingDocuments(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM residence_missing_documents WHERE number = ? ORDER BY requested_at")
                .param(number.value()).query(Reviews::missingDocuments).list();
    }

    /** The permits issued to the holder of this passport, latest start first. */
    public List<IssuedPermit> permitsOf(PassportNumber passport) {
        return jdbc.sql("SELECT * FROM residence_permit WHERE passport_number = ? ORDER BY valid_from DESC, issued_at DESC")
                .param(passport.value()).query(Reviews::permit).list();
    }

    public Optional<IssuedPermit> permit(PermitNumber number) {
        return jdbc.sql("SELECT * FROM residence_permit WHERE permit_number = ?").param(number.value())
                .query(Reviews::permit).optional();
    }

    /** The applications in MISSING_DOCUMENTS whose open request's due date is before {@code today}. */
    public List<ApplicationNumber> overdue(LocalDate today, int limit) {
        // From the few cases waiting now to their open request, never through the open requests: those
        // refused on expiry stay open (completed_at NULL) for good, so they grow with the years.
        return jdbc.sql("""
                SELECT a.number FROM residence_application a
                CROSS JOIN LATERAL (SELECT m.due_date FROM residence_missing_documents m
                    WHERE m.number = a.number AND m.completed_at IS NULL AND m.due_date < ?
                    ORDER BY m.requested_at DESC LIMIT 1) m
                WHERE a.state = 'MISSING_DOCUMENTS'
                ORDER BY m.due_date, a.number LIMIT ?""")
                .params(today, limit)
                .query((rs, i) -> new ApplicationNumber(rs.getString(1))).list();
    }

    /** The cases of a directorate's queue, by appointment date. */
    public List<CaseListing> queue(CaseQuery query) {
        if (query.provinces().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT number, state, permit_type, given_names, surname, passport_number, appointment_date,
                    appointment_province
                FROM residence_application WHERE appointment_province IN (:provinces)""");
        Map<String, Object> params = new HashMap<>();
        params.put("provinces", query.provinces().stream().map(ProvinceCode::value).toList());
        if (query.search() != null && !query.search().isBlank()) {
            ApplicationNumber number = ApplicationNumber.parseOrNull(query.search());
            PassportNumber passport = PassportNumber.parseOrNull(query.search());
            if (number == null && passport == null) {
                return List.of();
            }
            sql.append(" AND (number = :number OR passport_number = :passport)");
            params.put("number", number == null ? "" : number.value());
            params.put("passport", passport == null ? "" : passport.value());
        } else if (query.state() == null && !query.everyState()) {
            sql.append(" AND state IN ('APPOINTMENT_BOOKED', 'UNDER_REVIEW', 'MISSING_DOCUMENTS')");
        }
        if (query.state() != null) {
            sql.append(" AND state = :state");
            params.put("state", query.state().name());
        }
        if (query.permitType() != null && !query.permitType().isBlank()) {
            sql.append(" AND permit_type = :permitType");
            params.put("permitType", query.permitType());
        }
        sql.append(" ORDER BY appointment_date, number LIMIT :limit");
        params.put("limit", query.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new CaseListing(new ApplicationNumber(rs.getString("number")),
                        ApplicationState.valueOf(rs.getString("state")), rs.getString("permit_type"),
                        rs.getString("given_names"), rs.getString("surname"),
                        new PassportNumber(rs.getString("passport_number")),
                        rs.getObject("appointment_date", LocalDate.class),
                        new ProvinceCode(rs.getString("appointment_province"))))
                .list();
    }

    private Optional<IssuedPermit> permit(ApplicationNumber application) {
        return jdbc.sql("SELECT * FROM residence_permit WHERE application_number = ?").param(application.value())
                .query(Reviews::permit).optional();
    }

    private static MissingDocuments missingDocuments(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new MissingDocuments(strings(rs.getArray("items")), rs.getObject("due_date", LocalDate.class),
                rs.getString("note"), rs.getTimestamp("requested_at").toInstant(),
                actor(rs.getString("requested_by_kind"), rs.getString("requested_by_id")),
                completed == null ? null : completed.toInstant());
    }

    private static IssuedPermit permit(ResultSet rs, int row) throws SQLException {
        return new IssuedPermit(new PermitNumber(rs.getString("permit_number")),
                new ApplicationNumber(rs.getString("application_number")),
                new PassportNumber(rs.getString("passport_number")), rs.getString("permit_type"), rs.getString("reason"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("shortening_reason"), rs.getTimestamp("issued_at").toInstant(),
                actor(rs.getString("issued_by_kind"), rs.getString("issued_by_id")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Actor actor(String kind, String id) {
        return new Actor(Actor.Kind.valueOf(kind), id);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
