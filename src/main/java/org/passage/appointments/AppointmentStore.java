package org.passage.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointments in the {@code appointment} table; a closed one is updated once, from the status it was loaded in. */
@Repository
class AppointmentStore {

    private final JdbcClient jdbc;

    AppointmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Appointment a) {
        jdbc.sql("""
                INSERT INTO appointment (id, number, province, day, status, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.application().value(), a.province().value(), a.date(), a.status().name(),
                        Timestamp.from(a.createdAt()), actor(a.createdBy()))
                .update();
    }

    /** Stores the closing of {@code closed}, which was {@code from} when loaded. */
    void close(Appointment closed, AppointmentStatus from) {
        int updated = jdbc.sql("""
                UPDATE appointment SET status = ?, closed_at = ?, closed_by = ?, reason = ?
                WHERE id = ? AND status = ?""")
                .params(closed.status().name(), Timestamp.from(closed.closedAt()), actor(closed.closedBy()),
                        closed.reason(), closed.id(), from.name())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("appointment " + closed.id() + " changed meanwhile");
        }
    }

    /** The application's booked appointment, if it has one. */
    Optional<Appointment> active(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM appointment WHERE number = ? AND status = 'BOOKED'").param(number.value())
                .query(AppointmentStore::map).optional();
    }

    /** The application's most recent appointment, whatever its status. */
    Optional<Appointment> latest(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM appointment WHERE number = ? ORDER BY created_at DESC, status = 'BOOKED' DESC LIMIT 1")
                .param(number.value()).query(AppointmentStore::map).optional();
    }

    /** Every appointment of the application, oldest first. */
    List<Appointment> history(ApplicationNumber number) {
        return jdbc.sql("SELECT * FROM appointment WHERE number = ? ORDER BY created_at, closed_at NULLS LAST")
                .param(number.value()).query(AppointmentStore::map).list();
    }

    /** Booked appointments on {@code day} still without a reminder, locked; those another node holds are skipped. */
    List<Appointment> dueForReminder(LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT * FROM appointment WHERE day = ? AND status = 'BOOKED' AND reminder_sent_at IS NULL
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(day, limit).query(AppointmentStore::map).list();
    }

    void reminded(UUID id, Instant at) {
        jdbc.sql("UPDATE appointment SET reminder_sent_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    private static String actor(Actor actor) {
        return actor == null ? null : actor.kind().name() + ":" + actor.id();
    }

    private static Actor actor(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        return new Actor(Actor.Kind.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Appointment(rs.getObject("id", UUID.class), new ApplicationNumber(rs.getString("number")),
                new ProvinceCode(rs.getString("province")), rs.getObject("day", LocalDate.class),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                actor(rs.getString("created_by")), closedAt == null ? null : closedAt.toInstant(),
                actor(rs.getString("closed_by")), rs.getString("reason"));
    }
}
