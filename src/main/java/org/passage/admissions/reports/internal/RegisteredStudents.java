package org.passage.admissions.reports.internal;

import java.sql.Timestamp;
import java.util.List;
import org.passage.calendar.TurkiyeTime;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The students a university enrolled in the intakes of an academic year, by student number. */
@Repository
class RegisteredStudents {

    private final JdbcClient jdbc;

    RegisteredStudents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<RegisteredStudent> of(String university, int academicYear) {
        return jdbc.sql("""
                SELECT a.number, a.student_number, a.candidate_name, a.nationality, a.basis, a.programme,
                    p.name_tr, p.name_en, p.name_de, f.name_tr AS f_tr, f.name_en AS f_en, f.name_de AS f_de,
                    a.intake, i.term, i.academic_year, p.language_of_instruction, p.duration_semesters,
                    (SELECT max(h.at) FROM admission_application_history h
                        WHERE h.number = a.number AND h.to_state = 'ENROLLED') AS enrolled_at
                FROM admission_application a
                JOIN admission_intake i ON i.university = a.university AND i.code = a.intake
                JOIN admission_programme p ON p.university = a.university AND p.code = a.programme
                JOIN admission_faculty f ON f.university = p.university AND f.code = p.faculty
                WHERE a.university = ? AND i.academic_year = ? AND a.state = 'ENROLLED'
                ORDER BY a.student_number""")
                .params(university, academicYear)
                .query((rs, i) -> {
                    Timestamp enrolled = rs.getTimestamp("enrolled_at");
                    return new RegisteredStudent(rs.getString("number"), rs.getString("student_number"),
                            rs.getString("candidate_name"), rs.getString("nationality"), rs.getString("basis"),
                            rs.getString("programme"), new LocalizedText(rs.getString("name_tr"),
                                    rs.getString("name_en"), rs.getString("name_de")),
                            new LocalizedText(rs.getString("f_tr"), rs.getString("f_en"), rs.getString("f_de")),
                            rs.getString("intake"), rs.getString("term"), rs.getInt("academic_year"),
                            enrolled == null ? null : enrolled.toInstant().atZone(TurkiyeTime.ZONE).toLocalDate(),
                            rs.getString("language_of_instruction"), rs.getInt("duration_semesters"));
                }).list();
    }
}
