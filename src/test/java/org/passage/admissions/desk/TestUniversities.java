package org.passage.admissions.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates a university of its own for a test, by rows only (a second university needs no code):
 * one faculty, the given programmes with their quotas, and an intake open today.
 */
@Component
class TestUniversities {

    static final String INTAKE = "2027-FALL";

    private final JdbcClient jdbc;
    private final Clock clock;

    TestUniversities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new university whose programme {@code programmes[i]} has {@code quotas[i]} places. */
    String create(String[] programmes, int[] quotas) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("""
                INSERT INTO admission_university (code, name_tr, name_en, name_de, city)
                VALUES (?, 'Deneme Üniversitesi', 'Test University', 'Testuniversität', 'Ankara')""")
                .param(code).update();
        jdbc.sql("""
                INSERT INTO admission_faculty (university, code, name_tr, name_en, name_de)
                VALUES (?, 'SCIENCES', 'Fen Fakültesi', 'Faculty of Sciences', 'Naturwissenschaftliche Fakultät')""")
                .param(code).update();
        jdbc.sql("""
                INSERT INTO admission_intake (university, code, academic_year, term, opens_on, closes_on, response_by,
                    registration_from, registration_to, starts_on)
                VALUES (?, ?, 2027, 'FALL', ?, ?, ?, ?, ?, ?)""")
                .params(code, INTAKE, today.minusDays(10), today.plusDays(10), today.plusDays(30), today.plusDays(20),
                        today.plusDays(60), today.plusDays(90))
                .update();
        for (int i = 0; i < programmes.length; i++) {
            jdbc.sql("""
                    INSERT INTO admission_programme (university, code, faculty, name_tr, name_en, name_de,
                        rule_programme, language_of_instruction, duration_semesters)
                    VALUES (?, ?, 'SCIENCES', ?, ?, ?, 'OTHER', 'en', 8)""")
                    .params(code, programmes[i], programmes[i], programmes[i], programmes[i]).update();
            jdbc.sql("INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota) VALUES (?, ?, ?, ?)")
                    .params(code, INTAKE, programmes[i], quotas[i]).update();
        }
        return code;
    }

    /** Moves the intake's deadline to yesterday, as the registrar would by changing its dates. */
    void closeYesterday(String university) {
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("UPDATE admission_intake SET opens_on = ?, closes_on = ? WHERE university = ? AND code = ?")
                .params(today.minusDays(20), today.minusDays(1), university, INTAKE).update();
    }
}
