package org.passage.admissions.quota.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A university of its own for a quota test, by rows only: one faculty, programmes with their
 * rulebook codes and intake quotas, and the 2027-FALL intake open today.
 */
@Component
class QuotaUniversities {

    static final String INTAKE = "2027-FALL";
    static final int YEAR = 2027;

    private final JdbcClient jdbc;
    private final Clock clock;

    QuotaUniversities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Programme {@code codes[i]} of rulebook programme {@code rules[i]} with {@code quotas[i]} places in the intake. */
    String create(String[] codes, String[] rules, int[] quotas) {
        String code = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("""
                INSERT INTO admission_university (code, name_tr, name_en, name_de, city)
                VALUES (?, 'Kontenjan Üniversitesi', 'Quota University', 'Quotenuniversität', 'Ankara')""")
                .param(code).update();
        jdbc.sql("""
                INSERT INTO admission_faculty (university, code, name_tr, name_en, name_de)
                VALUES (?, 'SCIENCES', 'Fen Fakültesi', 'Faculty of Sciences', 'Naturwissenschaftliche Fakultät')""")
                .param(code).update();
        jdbc.sql("""
                INSERT INTO admission_intake (university, code, academic_year, term, opens_on, closes_on, response_by,
                    registration_from, registration_to, starts_on)
                VALUES (?, ?, ?, 'FALL', ?, ?, ?, ?, ?, ?)""")
                .params(code, INTAKE, YEAR, today.minusDays(10), today.plusDays(10), today.plusDays(30),
                        today.plusDays(20), today.plusDays(60), today.plusDays(90))
                .update();
        for (int i = 0; i < codes.length; i++) {
            jdbc.sql("""
                    INSERT INTO admission_programme (university, code, faculty, name_tr, name_en, name_de,
                        rule_programme, language_of_instruction, duration_semesters)
                    VALUES (?, ?, 'SCIENCES', ?, ?, ?, ?, 'en', 8)""")
                    .params(code, codes[i], codes[i] + " tr", codes[i] + " en", codes[i] + " de", rules[i]).update();
            if (quotas[i] >= 0) {
                jdbc.sql("INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota)"
                        + " VALUES (?, ?, ?, ?)").params(code, INTAKE, codes[i], quotas[i]).update();
            }
        }
        return code;
    }
}
