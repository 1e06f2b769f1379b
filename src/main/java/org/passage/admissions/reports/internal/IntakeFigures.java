package org.passage.admissions.reports.internal;

import java.util.List;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an intake's dashboard, counted from the applications' current states: applications
 * (submitted), eligible (a §7.2.1 basis found and not closed as ineligible), admitted (including
 * offers accepted, declined and enrolments), accepted (offers accepted and enrolments), enrolled,
 * and the places held against the quota (admitted, accepted, enrolled), as the register counts them.
 */
@Repository
class IntakeFigures {

    /** A programme's figures in the intake. */
    record ProgrammeFigures(String programme, LocalizedText name, int quota, int applications, int eligible,
            int admitted, int accepted, int enrolled, int held) {

        /** The share of the quota held, in whole percent; none without a quota. */
        Integer fillPercent() {
            return quota == 0 ? null : (int) Math.round(100.0 * held / quota);
        }
    }

    /** Applications and admissions of one nationality. */
    record NationalityFigures(String nationality, int applications, int admitted, int enrolled) {
    }

    private final JdbcClient jdbc;

    IntakeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ProgrammeFigures> programmes(String university, String intake) {
        return jdbc.sql("""
                SELECT o.programme, p.name_tr, p.name_en, p.name_de, o.foreign_quota,
                    count(a.number) FILTER (WHERE a.state <> 'DRAFT') AS applications,
                    count(a.number) FILTER (WHERE a.state NOT IN ('DRAFT', 'CLOSED_INELIGIBLE')
                        AND a.basis IS NOT NULL) AS eligible,
                    count(a.number) FILTER (WHERE a.state IN ('ADMITTED', 'OFFER_ACCEPTED', 'OFFER_DECLINED',
                        'ENROLLED')) AS admitted,
                    count(a.number) FILTER (WHERE a.state IN ('OFFER_ACCEPTED', 'ENROLLED')) AS accepted,
                    count(a.number) FILTER (WHERE a.state = 'ENROLLED') AS enrolled,
                    count(a.number) FILTER (WHERE a.state IN ('ADMITTED', 'OFFER_ACCEPTED', 'ENROLLED')) AS held
                FROM admission_intake_programme o
                JOIN admission_programme p ON p.university = o.university AND p.code = o.programme
                LEFT JOIN admission_application a ON a.university = o.university AND a.intake = o.intake
                    AND a.programme = o.programme
                WHERE o.university = ? AND o.intake = ?
                GROUP BY o.programme, p.name_tr, p.name_en, p.name_de, o.foreign_quota
                ORDER BY p.name_en""")
                .params(university, intake)
                .query((rs, i) -> new ProgrammeFigures(rs.getString("programme"), new LocalizedText(
                        rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de")),
                        rs.getInt("foreign_quota"), rs.getInt("applications"), rs.getInt("eligible"),
                        rs.getInt("admitted"), rs.getInt("accepted"), rs.getInt("enrolled"), rs.getInt("held")))
                .list();
    }

    @Transactional(readOnly = true)
    List<NationalityFigures> nationalities(String university, String intake) {
        return jdbc.sql("""
                SELECT a.nationality, count(*) AS applications,
                    count(*) FILTER (WHERE a.state IN ('ADMITTED', 'OFFER_ACCEPTED', 'OFFER_DECLINED',
                        'ENROLLED')) AS admitted,
                    count(*) FILTER (WHERE a.state = 'ENROLLED') AS enrolled
                FROM admission_application a
                WHERE a.university = ? AND a.intake = ? AND a.state <> 'DRAFT' AND a.nationality IS NOT NULL
                GROUP BY a.nationality ORDER BY count(*) DESC, a.nationality""")
                .params(university, intake)
                .query((rs, i) -> new NationalityFigures(rs.getString("nationality"), rs.getInt("applications"),
                        rs.getInt("admitted"), rs.getInt("enrolled")))
                .list();
    }
}
