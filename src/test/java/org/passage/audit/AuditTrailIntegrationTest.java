package org.passage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PassageIntegrationTest
class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEventIsKeptWithWhoWhatWhyAndItsDetails() {
        String subject = subject();
        audit.record(AuditEvent.of(AuditActor.staff("ayse"), "APPLICATION_APPROVED", subject)
                .withReason("all documents received").withRulebookVersion("2026.1")
                .with("validMonths", 12).with("shortened", true));

        RecordedAuditEvent event = audit.bySubject(subject, 10).getFirst();
        assertThat(event.actor()).isEqualTo(AuditActor.staff("ayse"));
        assertThat(event.action()).isEqualTo("APPLICATION_APPROVED");
        assertThat(event.reason()).isEqualTo("all documents received");
        assertThat(event.rulebookVersion()).isEqualTo("2026.1");
        assertThat(event.details()).isEqualTo(Map.of("validMonths", 12, "shortened", true));
        assertThat(event.at()).isNotNull();
    }

    @Test
    void theLatestEventsComeNewestFirst() {
        String subject = subject();
        audit.record(AuditEvent.of(AuditActor.system("test"), "FIRST", subject));
        audit.record(AuditEvent.of(AuditActor.system("test"), "SECOND", subject));

        assertThat(audit.latest(2)).extracting(RecordedAuditEvent::action).containsExactly("SECOND", "FIRST");
        assertThat(audit.bySubject(subject, 10)).extracting(RecordedAuditEvent::action)
                .containsExactly("SECOND", "FIRST");
    }

    @Test
    void aViewIsRecordedOncePerSubjectShown() {
        String first = subject();
        String second = subject();
        audit.recordView(AuditActor.staff("uni-office"), "university-students", List.of(first, second));

        for (String subject : List.of(first, second)) {
            RecordedAuditEvent view = audit.bySubject(subject, 10).getFirst();
            assertThat(view.action()).isEqualTo(AuditTrail.PERSONAL_DATA_VIEWED);
            assertThat(view.actor()).isEqualTo(AuditActor.staff("uni-office"));
            assertThat(view.details()).containsEntry("view", "university-students");
        }
    }

    @Test
    void anEventIsWrittenInTheCallersTransaction() {
        String subject = subject();
        transactions.executeWithoutResult(status -> {
            audit.record(AuditEvent.of(AuditActor.system("test"), "ROLLED_BACK", subject));
            status.setRollbackOnly();
        });

        assertThat(audit.bySubject(subject, 10)).isEmpty();
    }

    @Test
    void theAuditTableRefusesUpdates() {
        String subject = subject();
        audit.record(AuditEvent.of(AuditActor.system("test"), "KEPT", subject));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET reason = 'edited' WHERE subject = ?")
                .param(subject).update()).hasMessageContaining("append-only");
        assertThat(audit.bySubject(subject, 10).getFirst().reason()).isNull();
    }

    @Test
    void theAuditTableRefusesDeletes() {
        String subject = subject();
        audit.record(AuditEvent.of(AuditActor.system("test"), "KEPT", subject));

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE subject = ?").param(subject).update())
                .hasMessageContaining("append-only");
        assertThat(audit.bySubject(subject, 10)).hasSize(1);
    }

    @Test
    void theAuditTableRefusesTruncation() {
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void anActionIsAnUpperCaseCode() {
        assertThatThrownBy(() -> AuditEvent.of(AuditActor.system("test"), "signed in", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String subject() {
        return "test:" + UUID.randomUUID();
    }
}
