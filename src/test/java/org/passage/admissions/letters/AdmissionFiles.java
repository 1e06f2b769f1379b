package org.passage.admissions.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.admissions.desk.Submission;
import org.passage.calendar.TurkiyeTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A university of its own per test (rows only: faculty SCIENCES, programmes with quotas, an intake
 * open today with the default score sheet EXAM 60 / DOCUMENTS 20 / INTERVIEW 20), and files brought
 * to a state through the desk's own use cases.
 */
@Component
public class AdmissionFiles {

    public static final String INTAKE = "2027-FALL";
    static final List<String> DOCUMENTS = RequiredDocuments.of(List.of(), false);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdmissionDesk desk;

    AdmissionFiles(JdbcClient jdbc, Clock clock, AdmissionDesk desk) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.desk = desk;
    }

    /** A new university whose programmes PHYSICS and CHEMISTRY have 5 places each. */
    public String university() {
        String code = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
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
        for (String[] p : new String[][] {{"PHYSICS", "Fizik", "Physics", "Physik"},
            {"CHEMISTRY", "Kimya", "Chemistry", "Chemie"}}) {
            jdbc.sql("""
                    INSERT INTO admission_programme (university, code, faculty, name_tr, name_en, name_de,
                        rule_programme, language_of_instruction, duration_semesters)
                    VALUES (?, ?, 'SCIENCES', ?, ?, ?, 'OTHER', 'en', 8)""")
                    .params(code, p[0], p[1], p[2], p[3]).update();
            jdbc.sql("""
                    INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota,
                        tuition_amount, tuition_currency) VALUES (?, ?, ?, 5, 12000, 'USD')""")
                    .params(code, INTAKE, p[0]).update();
        }
        jdbc.sql("""
                INSERT INTO admission_score_criterion (university, intake, code, position, weight, name_tr, name_en,
                    name_de) VALUES
                (:u, :i, 'EXAM', 1, 60, 'Sınav sonucu', 'Exam result', 'Prüfungsergebnis'),
                (:u, :i, 'DOCUMENTS', 2, 20, 'Belgeler', 'Documents', 'Unterlagen'),
                (:u, :i, 'INTERVIEW', 3, 20, 'Mülakat', 'Interview', 'Interview')""")
                .param("u", code).param("i", INTAKE).update();
        return code;
    }

    /** A file of the programme forwarded to the committee. */
    public AdmissionNumber forwarded(String university, String programme) {
        AdmissionNumber number = desk.apply(university, INTAKE, List.of(programme),
                "cand-" + UUID.randomUUID() + "@example.org").getFirst();
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), DOCUMENTS, DOCUMENTS);
        desk.forward(number, AdmissionActor.staff("registrar.test"));
        return number;
    }

    /** A forwarded file of PHYSICS, admitted, with the candidate's name as in the passport. */
    public AdmissionNumber admitted(String university, String name) {
        AdmissionNumber number = forwarded(university, "PHYSICS");
        jdbc.sql("UPDATE admission_application SET candidate_name = ? WHERE number = ?").params(name, number.value())
                .update();
        desk.decide(number, new Decision(Decision.Outcome.ADMIT, "committee.test", "dean.test", null, null));
        return number;
    }

    /** An admitted file whose candidate accepted the offer. */
    public AdmissionNumber accepted(String university, String name) {
        AdmissionNumber number = admitted(university, name);
        desk.acceptOffer(number);
        return number;
    }

    /** The committee and dean change an admission into a waitlisting, with its reason. */
    public void waitlist(AdmissionNumber number) {
        desk.decide(number, new Decision(Decision.Outcome.WAITLIST, "committee.test", "dean.test", null,
                "quota reconsidered"));
    }
}
