package org.passage.staff;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code passage.staff.initial-admin.*} when no enabled
 * administrator exists, before the application serves any request. A weak or half-given setting
 * stops the start-up; there is no default password anywhere.
 */
@Component
class InitialAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffAdministration administration;
    private final StaffProperties.InitialAdmin settings;

    InitialAdministrator(StaffAdministration administration, StaffProperties properties) {
        this.administration = administration;
        this.settings = properties.initialAdmin();
        check(settings);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.requested()) {
            return;
        }
        String username = settings.username().strip();
        if (administration.createInitialAdmin(username, settings.password())) {
            log.warn("Created the first administrator '{}' from passage.staff.initial-admin; remove the password "
                    + "from the configuration now", username);
        } else {
            log.info("passage.staff.initial-admin ignored: an administrator exists");
        }
    }

    static void check(StaffProperties.InitialAdmin settings) {
        boolean password = settings.password() != null && !settings.password().isEmpty();
        if (!settings.requested()) {
            if (password) {
                throw new InitialAdminRefusedException("a password is set but no username");
            }
            return;
        }
        String username = settings.username().strip();
        if (!StaffAdministration.USERNAME.matcher(username).matches()) {
            throw new InitialAdminRefusedException("the username '" + username
                    + "' is not 3 to 50 of a-z, 0-9, '.', '_' and '-'");
        }
        if (!password) {
            throw new InitialAdminRefusedException("the username is set but no password");
        }
        List<PasswordPolicy.Problem> problems = PasswordPolicy.problems(username, settings.password());
        if (!problems.isEmpty()) {
            throw new InitialAdminRefusedException("the password is too weak: it " + problems.stream()
                    .map(PasswordPolicy.Problem::description).collect(Collectors.joining(", and it ")));
        }
    }
}
