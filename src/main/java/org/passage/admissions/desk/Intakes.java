package org.passage.admissions.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.places.PlacePool;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The universities' intakes, the programmes each offers with their quotas, and their score sheets. */
@Repository
public class Intakes {

    private final JdbcClient jdbc;

    Intakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intake of the university with the code. */
    public Optional<Intake> find(String university, String code) {
        return jdbc.sql("SELECT * FROM admission_intake WHERE university = ? AND code = ?").params(university, code)
                .query(Intakes::intake).optional();
    }

    /** The university's intakes, the latest opening first. */
    public List<Intake> ofUniversity(String university) {
        return jdbc.sql("SELECT * FROM admission_intake WHERE university = ? ORDER BY opens_on DESC, code")
                .param(university).query(Intakes::intake).list();
    }

    /** The intakes open for applications on the day, of every university. */
    public List<Intake> openOn(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM admission_intake WHERE ? BETWEEN opens_on AND closes_on ORDER BY university, opens_on""")
                .param(day).query(Intakes::intake).list();
    }

    /** The programmes with a foreign-student quota in the intake, in the order of their English names. */
    public List<ProgrammeOffer> programmes(String university, String intake) {
        return jdbc.sql(PROGRAMMES + " WHERE o.university = ? AND o.intake = ? ORDER BY p.name_en")
                .params(university, intake).query(Intakes::offer).list();
    }

    /** The programme as offered in the intake; empty when it has no quota then. */
    public Optional<ProgrammeOffer> programme(String university, String intake, String programme) {
        return jdbc.sql(PROGRAMMES + " WHERE o.university = ? AND o.intake = ? AND o.programme = ?")
                .params(university, intake, programme).query(Intakes::offer).optional();
    }

    /**
     * The programme's level of study in the residence rulebook's vocabulary ({@code BACHELOR},
     * {@code MASTER}, ...), empty when the university did not record it.
     */
    public Optional<String> studyLevel(String university, String programme) {
        return jdbc.sql("SELECT study_level FROM admission_programme WHERE university = ? AND code = ?")
                .params(university, programme).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(level -> level);
    }

    /** The names of the university's programmes by code, in the order of their English names. */
    public Map<String, LocalizedText> programmeNames(String university) {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name_tr, name_en, name_de FROM admission_programme WHERE university = ? ORDER BY name_en")
                .param(university)
                .query((rs, i) -> Map.entry(rs.getString("code"),
                        new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de"))))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /** The intake's score sheet, in its order. */
    public List<ScoreCriterion> criteria(String university, String intake) {
        return jdbc.sql("""
                SELECT code, weight, name_tr, name_en, name_de FROM admission_score_criterion
                WHERE university = ? AND intake = ? ORDER BY position""")
                .params(university, intake)
                .query((rs, i) -> new ScoreCriterion(rs.getString("code"), rs.getInt("weight"),
                        new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de"))))
                .list();
    }

    /** The pool of module places that holds the programme's quota of the intake. */
    public static PlacePool quotaPool(String university, String intake, String programme) {
        return new PlacePool("admissions/" + university + "/" + intake + "/" + programme);
    }

    /**
     * The pool of module places that holds the programme's §7.1 special-group line of the intake
     * (blue-card holders, Turkish citizens schooled abroad, Turkish dual citizens).
     */
    public static PlacePool specialGroupPool(String university, String intake, String programme) {
        return new PlacePool("admissions/" + university + "/" + intake + "/" + programme + "/special-group");
    }

    /**
     * The pool of module places that holds the university's §7.9 line: pre-acceptances of its
     * mid-term intakes for the academic year they start in.
     */
    public static PlacePool midTermPool(String university, int academicYear) {
        return new PlacePool("admissions/" + university + "/mid-term/" + academicYear);
    }

    private static final String PROGRAMMES = """
            SELECT o.university, o.intake, o.programme, o.foreign_quota, o.tuition_amount, o.tuition_currency,
                p.faculty, p.name_tr, p.name_en, p.name_de, p.rule_programme, p.language_of_instruction,
                p.duration_semesters
            FROM admission_intake_programme o
            JOIN admission_programme p ON p.university = o.university AND p.code = o.programme""";

    private static ProgrammeOffer offer(ResultSet rs, int row) throws SQLException {
        return new ProgrammeOffer(rs.getString("university"), rs.getString("intake"), rs.getString("programme"),
                rs.getString("faculty"),
                new LocalizedText(rs.getString("name_tr"), rs.getString("name_en"), rs.getString("name_de")),
                rs.getString("rule_programme"), rs.getString("language_of_instruction"),
                rs.getInt("duration_semesters"), rs.getInt("foreign_quota"), rs.getBigDecimal("tuition_amount"),
                rs.getString("tuition_currency"));
    }

    private static Intake intake(ResultSet rs, int row) throws SQLException {
        return new Intake(rs.getString("university"), rs.getString("code"), rs.getInt("academic_year"),
                Term.valueOf(rs.getString("term")), date(rs, "opens_on"), date(rs, "closes_on"),
                date(rs, "response_by"), date(rs, "registration_from"), date(rs, "registration_to"),
                date(rs, "starts_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
