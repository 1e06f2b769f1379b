package org.passage.admissions.desk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the §7.9 line is measured against: the university's foreign-student quota of the academic
 * year before the one a mid-term intake's students start in, as the year's quota register holds it
 * (the register of the admissions module's quota feature). No register for that year: no quota, so
 * no pre-acceptance.
 */
@Component
class MidTermLine {

    private final JdbcClient jdbc;

    MidTermLine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sum of the university's foreign quotas in the register of the year before {@code startYear}. */
    int previousForeignQuota(String university, int startYear) {
        return jdbc.sql("SELECT COALESCE(SUM(foreign_quota), 0) FROM admission_quota_register"
                + " WHERE university = ? AND academic_year = ?")
                .params(university, startYear - 1).query(Integer.class).single();
    }
}
