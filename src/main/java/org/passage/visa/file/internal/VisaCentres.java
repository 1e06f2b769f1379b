package org.passage.visa.file.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.passage.calendar.BusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visa application centres and the places each offers on a day: none at weekends or on Türkiye's public holidays. */
@Repository
class VisaCentres {

    /** A centre: where, when it opens, and its places from Monday to Friday. */
    record Centre(String code, String city, String address, String hours, int[] weekdayPlaces) {

        int placesOn(LocalDate day) {
            int weekday = day.getDayOfWeek().getValue();
            return weekday <= 5 ? weekdayPlaces[weekday - 1] : 0;
        }
    }

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;

    VisaCentres(JdbcClient jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    List<Centre> all() {
        return jdbc.sql("SELECT * FROM visa_centre ORDER BY city").query(this::centre).list();
    }

    Optional<Centre> find(String code) {
        return jdbc.sql("SELECT * FROM visa_centre WHERE code = ?").param(code).query(this::centre).optional();
    }

    /** The places a centre offers on the day. */
    int placesOn(Centre centre, LocalDate day) {
        return calendar.isBusinessDay(day) ? centre.placesOn(day) : 0;
    }

    private Centre centre(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Centre(rs.getString("code"), rs.getString("city"), rs.getString("address"), rs.getString("hours"),
                new int[] {rs.getInt("monday"), rs.getInt("tuesday"), rs.getInt("wednesday"), rs.getInt("thursday"),
                    rs.getInt("friday")});
    }
}
