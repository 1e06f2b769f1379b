package org.passage.admissions.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.admissions.desk.TestUniversities;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.candidate.internal.TestCandidates;
import org.passage.admissions.candidate.internal.TestCandidates.Submitted;
import org.passage.admissions.desk.AdmissionActor;
import org.passage.admissions.desk.AdmissionDesk;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.letters.AdmissionFiles;
import org.passage.audit.AuditTrail;
import org.passage.documents.DocumentId;
import org.passage.documents.Documents;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * §8 retention against PostgreSQL: past its university's retention a closed application loses its
 * documents and personal data and keeps its states and dates; one inside retention and an enrolled
 * student stay as they were; a second run changes nothing.
 */
@PassageIntegrationTest
@Import({TestUniversities.class, TestCandidates.class})
class AdmissionRetentionIntegrationTest {

    @Autowired
    AdmissionRetentionJob job;
    @Autowired
    TestCandidates candidates;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    Documents documents;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void pastRetentionAClosedFileLosesDocumentsAndPersonalDataButKeepsItsStates() throws Exception {
        String shortRetention = files.university();
        jdbc.sql("UPDATE admission_university SET retention_years = 2 WHERE code = ?").param(shortRetention).update();
        String longRetention = files.university(); // the default: 10 years
        Submitted closed = candidates.submitted(shortRetention, "10.42.0.1");
        desk.closeIneligible(closed.number(), AdmissionActor.staff("registrar.test"), "NO_FOREIGN_QUOTA", "no quota");
        Submitted inside = candidates.submitted(longRetention, "10.42.0.2");
        desk.closeIneligible(inside.number(), AdmissionActor.staff("registrar.test"), "NO_FOREIGN_QUOTA", null);
        AdmissionNumber enrolled = files.accepted(shortRetention, "Ada Student");
        desk.enrol(enrolled, AdmissionActor.staff("registrar.test"), "S-" + UUID.randomUUID().toString().substring(0, 8));
        List<UUID> closedDocuments = documentIds(closed.email());
        assertThat(closedDocuments).hasSize(5);
        Map<String, Object> enrolledBefore = row(enrolled);
        Map<String, Object> insideBefore = row(inside.number());

        Instant threeYearsOn = clock.instant().plus(Duration.ofDays(3 * 366));
        assertThat(job.anonymise(threeYearsOn)).isGreaterThanOrEqualTo(1);

        Map<String, Object> after = row(closed.number());
        assertThat(after.get("candidate_email")).asString().doesNotContain(closed.email()).endsWith("@archive.invalid");
        assertThat(after.get("candidate_name")).isNull();
        assertThat(after.get("nationality")).isNull();
        assertThat(after.get("eligibility")).asString().isEqualTo("{}");
        assertThat(after.get("state")).isEqualTo("CLOSED_INELIGIBLE");
        assertThat(after.get("programme")).isEqualTo("PHYSICS");
        assertThat(documentIds(closed.email())).isEmpty();
        assertThat(closedDocuments).allSatisfy(id -> assertThat(documents.find(new DocumentId(id))).isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM admission_candidate_file WHERE lower(candidate_email) = lower(?)")
                .param(closed.email()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM admission_application_history WHERE number = ?")
                .param(closed.number().value()).query(Integer.class).single()).isZero();
        String states = jdbc.sql("SELECT states::text FROM admission_application_archive WHERE number = ?")
                .param(closed.number().value()).query(String.class).single();
        assertThat(states).contains("\"to\": \"DRAFT\"", "\"to\": \"SUBMITTED\"", "\"to\": \"CLOSED_INELIGIBLE\"",
                "\"ground\": \"NO_FOREIGN_QUOTA\"", "\"at\": \"").doesNotContain(closed.email(), "registrar.test",
                "no quota");
        assertThat(audit.bySubject("admission:" + closed.number().value(), 5))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AdmissionRetentionJob.ANONYMISED));

        assertThat(row(inside.number())).isEqualTo(insideBefore);
        assertThat(documentIds(inside.email())).hasSize(5);
        assertThat(row(enrolled)).isEqualTo(enrolledBefore);

        String archived = states;
        job.anonymise(threeYearsOn);
        assertThat(row(closed.number())).isEqualTo(after);
        assertThat(jdbc.sql("SELECT states::text FROM admission_application_archive WHERE number = ?")
                .param(closed.number().value()).query(String.class).single()).isEqualTo(archived);
        assertThat(row(inside.number())).isEqualTo(insideBefore);
    }

    private Map<String, Object> row(AdmissionNumber number) {
        return jdbc.sql("""
                SELECT candidate_email, candidate_name, nationality, eligibility::text AS eligibility, state, programme,
                    student_number, anonymised_at FROM admission_application WHERE number = ?""")
                .param(number.value()).query().singleRow();
    }

    private List<UUID> documentIds(String email) {
        return jdbc.sql("""
                SELECT d.document_id FROM admission_candidate_document d
                JOIN admission_candidate_file f ON f.id = d.file_id WHERE lower(f.candidate_email) = lower(?)""")
                .param(email).query((rs, i) -> rs.getObject(1, UUID.class)).list();
    }
}
