package org.passage.appointments;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The places of every directorate day, kept by the database: taking a place is one conditional
 * UPDATE ({@code booked < capacity}) on the day's row, so concurrent bookings queue on that row and
 * the last place goes to exactly one of them; the table's CHECK constraint backs it up. A day's row
 * is created with the first booking, with the places its weekday has at that moment.
 */
@Repository
class DayLedger {

    private static final String WEEKDAY_PLACES = """
            CASE EXTRACT(ISODOW FROM CAST(:day AS date)) WHEN 1 THEN monday WHEN 2 THEN tuesday
                WHEN 3 THEN wednesday WHEN 4 THEN thursday WHEN 5 THEN friday ELSE 0 END""";

    private final JdbcClient jdbc;

    DayLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes one place on the day; {@code false} when every place is taken. */
    boolean take(ProvinceCode province, LocalDate day) {
        if (increment(province, day)) {
            return true;
        }
        createIfMissing(province, day);
        // Tried again even when another transaction created the row first: it may have room.
        return increment(province, day);
    }

    /** Gives one place of the day back. */
    void release(ProvinceCode province, LocalDate day) {
        int updated = jdbc.sql("UPDATE appointment_day SET booked = booked - 1 WHERE province = ? AND day = ?")
                .params(province.value(), day).update();
        if (updated != 1) {
            throw new IllegalStateException("no places recorded for " + province + " on " + day);
        }
    }

    private boolean increment(ProvinceCode province, LocalDate day) {
        return jdbc.sql("""
                UPDATE appointment_day SET booked = booked + 1
                WHERE province = ? AND day = ? AND booked < capacity""")
                .params(province.value(), day).update() == 1;
    }

    /**
     * Creates the day's row from its weekday's places. The directorate's row is read FOR SHARE, so an
     * administrator's change of the weekday places either comes before (and is used) or waits, then
     * updates this row too.
     */
    private void createIfMissing(ProvinceCode province, LocalDate day) {
        jdbc.sql("""
                WITH directorate AS (
                    SELECT province, %s AS places FROM appointment_directorate WHERE province = :province FOR SHARE)
                INSERT INTO appointment_day (province, day, capacity)
                SELECT province, :day, places FROM directorate
                ON CONFLICT (province, day) DO NOTHING""".formatted(WEEKDAY_PLACES))
                .param("province", province.value()).param("day", day).update();
    }

    /** The recorded days of the province between {@code from} and {@code to}, both included. */
    Map<LocalDate, DayPlaces> recorded(ProvinceCode province, LocalDate from, LocalDate to) {
        Map<LocalDate, DayPlaces> days = new LinkedHashMap<>();
        jdbc.sql("SELECT day, capacity, booked FROM appointment_day WHERE province = ? AND day BETWEEN ? AND ? ORDER BY day")
                .params(province.value(), from, to)
                .query((rs, i) -> new DayPlaces(rs.getObject("day", LocalDate.class), rs.getInt("capacity"),
                        rs.getInt("booked")))
                .list().forEach(d -> days.put(d.date(), d));
        return days;
    }

    Optional<WeeklyCapacity> weekly(ProvinceCode province) {
        return jdbc.sql("SELECT * FROM appointment_directorate WHERE province = ?").param(province.value())
                .query(DayLedger::weekly).optional();
    }

    Map<ProvinceCode, WeeklyCapacity> allWeekly() {
        Map<ProvinceCode, WeeklyCapacity> all = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM appointment_directorate ORDER BY province")
                .query((rs, i) -> Map.entry(new ProvinceCode(rs.getString("province")), weekly(rs, i)))
                .list().forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    /** Locks the directorate's row until the transaction ends (one assigner per directorate at a time). */
    void lockDirectorate(ProvinceCode province) {
        jdbc.sql("SELECT province FROM appointment_directorate WHERE province = ? FOR UPDATE")
                .param(province.value()).query(String.class).single();
    }

    /**
     * Sets the weekday places, and the places of the directorate's recorded days from {@code from} on
     * that were not set for the day itself; a day never gets fewer places than it has booked.
     */
    void setWeekly(ProvinceCode province, WeeklyCapacity capacity, LocalDate from, String by, Instant now) {
        jdbc.sql("""
                UPDATE appointment_directorate SET monday = :mo, tuesday = :tu, wednesday = :we, thursday = :th,
                    friday = :fr, updated_at = :now, updated_by = :by
                WHERE province = :province""")
                .param("mo", capacity.monday()).param("tu", capacity.tuesday()).param("we", capacity.wednesday())
                .param("th", capacity.thursday()).param("fr", capacity.friday()).param("now", Timestamp.from(now))
                .param("by", by).param("province", province.value())
                .update();
        jdbc.sql("""
                UPDATE appointment_day d SET capacity = GREATEST(d.booked, CASE EXTRACT(ISODOW FROM d.day)
                    WHEN 1 THEN r.monday WHEN 2 THEN r.tuesday WHEN 3 THEN r.wednesday WHEN 4 THEN r.thursday
                    WHEN 5 THEN r.friday ELSE 0 END)
                FROM appointment_directorate r
                WHERE r.province = d.province AND d.province = ? AND d.day >= ? AND NOT d.capacity_set_for_day""")
                .params(province.value(), from).update();
    }

    /** Sets the places of one day; {@code false} (nothing changed) when more places are booked already. */
    boolean setDay(ProvinceCode province, LocalDate day, int places) {
        return jdbc.sql("""
                INSERT INTO appointment_day (province, day, capacity, capacity_set_for_day)
                VALUES (:province, :day, :places, TRUE)
                ON CONFLICT (province, day) DO UPDATE SET capacity = :places, capacity_set_for_day = TRUE
                WHERE appointment_day.booked <= :places""")
                .param("province", province.value()).param("day", day).param("places", places)
                .update() == 1;
    }

    private static WeeklyCapacity weekly(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WeeklyCapacity(rs.getInt("monday"), rs.getInt("tuesday"), rs.getInt("wednesday"),
                rs.getInt("thursday"), rs.getInt("friday"));
    }

    /** The recorded days between {@code from} and {@code to} with every place taken, for the assigner to skip. */
    List<LocalDate> fullDays(ProvinceCode province, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT day FROM appointment_day WHERE province = ? AND day BETWEEN ? AND ? AND booked >= capacity""")
                .params(province.value(), from, to).query(LocalDate.class).list();
    }
}
