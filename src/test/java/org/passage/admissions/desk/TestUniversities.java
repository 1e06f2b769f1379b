package org.passage.admissions.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates a university of its own for a test, by rows only (a second university needs no code):
 * one faculty, the given programmes with their quotas, and the {@link #INTAKE} open today. The one
 * fixture of every admissions test (desk, candidate, letters, quota register).
 */
@Component
public class TestUniversities {

    public static final String INTAKE = "2027-FALL";
    public static final int YEAR = 2027;

    /**
     * A programme: its code, its names, its rulebook programme ({@code OTHER}, {@code MEDICINE}, …),
     * its foreign quota in the intake (negative: no quota row at all) and its yearly tuition in USD
     * (0: none entered).
     */
    public record Programme(String code, String nameTr, String nameEn, String nameDe, String rule, int quota,
            int tuitionUsd) {

        /** A programme named by its code, of rulebook programme {@code OTHER}, without tuition. */
        public static Programme of(String code, int quota) {
            return new Programme(code, code, code, code, "OTHER", quota, 0);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TestUniversities(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new university whose programme {@code programmes[i]} has {@code quotas[i]} places. */
    String create(String[] programmes, int[] quotas) {
        List<Programme> list = new java.util.ArrayList<>();
        for (int i = 0; i < programmes.length; i++) {
            list.add(Programme.of(programmes[i], quotas[i]));
        }
        return create(list);
    }

    /** A new university with the programmes, one faculty (SCIENCES) and the intake open today. */
    public String create(List<Programme> programmes) {
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
                VALUES (?, ?, ?, 'FALL', ?, ?, ?, ?, ?, ?)""")
                .params(code, INTAKE, YEAR, today.minusDays(10), today.plusDays(10), today.plusDays(30),
                        today.plusDays(20), today.plusDays(60), today.plusDays(90))
                .update();
        for (Programme p : programmes) {
            jdbc.sql("""
                    INSERT INTO admission_programme (university, code, faculty, name_tr, name_en, name_de,
                        rule_programme, language_of_instruction, duration_semesters)
                    VALUES (?, ?, 'SCIENCES', ?, ?, ?, ?, 'en', 8)""")
                    .params(code, p.code(), p.nameTr(), p.nameEn(), p.nameDe(), p.rule()).update();
            if (p.quota() >= 0) {
                jdbc.sql("""
                        INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota,
                            tuition_amount, tuition_currency) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(code, INTAKE, p.code(), p.quota(), p.tuitionUsd() > 0 ? p.tuitionUsd() : null,
                                p.tuitionUsd() > 0 ? "USD" : null)
                        .update();
            }
        }
        return code;
    }

    /** Moves the intake's deadline to yesterday, as the registrar would by changing its dates. */
    public void closeYesterday(String university) {
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("UPDATE admission_intake SET opens_on = ?, closes_on = ? WHERE university = ? AND code = ?")
                .params(today.minusDays(20), today.minusDays(1), university, INTAKE).update();
    }
}
