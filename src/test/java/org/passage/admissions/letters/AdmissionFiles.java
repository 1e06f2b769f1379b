package org.passage.admissions.letters;

import java.util.List;
import java.util.UUID;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.Decision;
import org.passage.admissions.desk.RequiredDocuments;
import org.passage.admissions.desk.Submission;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A university of its own per test (rows only: faculty SCIENCES, programmes with quotas, an intake
 * open today with the default score sheet EXAM 60 / DOCUMENTS 20 / INTERVIEW 20), and files brought
 * to a state through the desk's own use cases.
 */
@Component
public class AdmissionFiles {

    public static final String INTAKE = TestUniversities.INTAKE;
    static final List<String> DOCUMENTS = RequiredDocuments.of(List.of(), false);

    private final JdbcClient jdbc;
    private final AdmissionDesk desk;
    private final TestUniversities universities;

    AdmissionFiles(JdbcClient jdbc, AdmissionDesk desk, TestUniversities universities) {
        this.universities = universities;
        this.jdbc = jdbc;
        this.desk = desk;
    }

    /** A new university whose programmes PHYSICS and CHEMISTRY have 5 places each. */
    public String university() {
        String code = universities.create(List.of(
                new Programme("PHYSICS", "Fizik", "Physics", "Physik", "OTHER", 5, 12000),
                new Programme("CHEMISTRY", "Kimya", "Chemistry", "Chemie", "OTHER", 5, 12000)));
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
