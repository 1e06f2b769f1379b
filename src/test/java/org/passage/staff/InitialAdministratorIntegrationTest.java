package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PassageIntegrationTest
class InitialAdministratorIntegrationTest {

    private static final String STRONG = "violet tractor on a slow river";

    @Autowired
    StaffAdministration administration;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Passwords passwords;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theFirstAdministratorIsCreatedOnceFromTheSettings() {
        String username = "root-" + UUID.randomUUID().toString().substring(0, 8);
        // The shared test database has administrators of other tests: start from none, then roll back.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM staff_account").update();
            InitialAdministrator initial = new InitialAdministrator(administration, settings(username, STRONG));

            initial.afterSingletonsInstantiated();
            initial.afterSingletonsInstantiated();

            StaffAccount admin = accounts.find(username).orElseThrow();
            assertThat(admin.roles()).containsExactly(StaffRole.ADMIN);
            assertThat(passwords.matches(STRONG, admin.passwordHash())).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isOne();
            assertThat(audit.bySubject("staff:" + username, 10)).singleElement()
                    .satisfies(event -> assertThat(event.action()).isEqualTo(StaffAdministration.CREATED));
            status.setRollbackOnly();
        });
    }

    @Test
    void noAdministratorIsCreatedWhenOneExists() {
        transactions.executeWithoutResult(status -> {
            accounts.insert("existing-admin", "Existing", passwords.hash(STRONG), new StaffAdministration.Profile(
                    "Existing", Set.of(StaffRole.ADMIN), List.of(), null));
            String username = "root-" + UUID.randomUUID().toString().substring(0, 8);

            new InitialAdministrator(administration, settings(username, STRONG)).afterSingletonsInstantiated();

            assertThat(accounts.find(username)).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void aWeakPasswordStopsTheStartUp() {
        assertThatThrownBy(() -> new InitialAdministrator(administration, settings("root", "admin1234")))
                .isInstanceOf(InitialAdminRefusedException.class)
                .hasMessageContaining("passage.staff.initial-admin")
                .hasMessageContaining("fewer than 12 characters");
        assertThatThrownBy(() -> new InitialAdministrator(administration, settings("root", "Password2026!")))
                .hasMessageContaining("common password");
    }

    @Test
    void aPasswordWithoutUserNameOrAUserNameWithoutPasswordStopsTheStartUp() {
        assertThatThrownBy(() -> new InitialAdministrator(administration, settings(null, STRONG)))
                .hasMessageContaining("no username");
        assertThatThrownBy(() -> new InitialAdministrator(administration, settings("root", null)))
                .hasMessageContaining("no password");
    }

    @Test
    void anInvalidUserNameStopsTheStartUp() {
        assertThatThrownBy(() -> new InitialAdministrator(administration, settings("Root Admin", STRONG)))
                .hasMessageContaining("Root Admin");
    }

    @Test
    void withoutSettingsNoAdministratorIsCreated() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM staff_account").update();

            new InitialAdministrator(administration, settings(null, null)).afterSingletonsInstantiated();

            assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void theStartUpFailureSaysWhatToSet() {
        InitialAdminRefusedException refusal = new InitialAdminRefusedException("the password is too weak");

        FailureAnalysis analysis = new InitialAdminFailureAnalyzer().analyze(new IllegalStateException(refusal));

        assertThat(analysis.getDescription()).contains("too weak");
        assertThat(analysis.getAction()).contains("PASSAGE_STAFF_INITIALADMIN_PASSWORD", "12");
    }

    @Test
    void theFailureAnalyzerIsRegistered() {
        // Other analyzers need the bean factory to be made; only ours matters here.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(InitialAdminFailureAnalyzer.class);
    }

    @Test
    void theSettingsNeverPrintThePassword() {
        assertThat(new StaffProperties.InitialAdmin("root", STRONG).toString()).doesNotContain(STRONG);
    }

    private static StaffProperties settings(String username, String password) {
        return new StaffProperties(Duration.ofMinutes(30),
                new StaffProperties.Lockout(5, Duration.ofMinutes(5), Duration.ofHours(24)),
                new StaffProperties.SignInLimit(30, Duration.ofMinutes(15)),
                new StaffProperties.InitialAdmin(username, password));
    }
}
