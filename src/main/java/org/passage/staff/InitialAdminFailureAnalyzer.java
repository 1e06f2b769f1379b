package org.passage.staff;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator why the first administrator was refused and what to change, instead of a stack trace. */
class InitialAdminFailureAnalyzer extends AbstractFailureAnalyzer<InitialAdminRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InitialAdminRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set passage.staff.initial-admin.username (3 to 50 of a-z, 0-9, '.', '_', '-') and "
                        + "passage.staff.initial-admin.password (" + PasswordPolicy.MIN_LENGTH + " to "
                        + PasswordPolicy.MAX_LENGTH + " characters, not containing the user name, not a common "
                        + "password), e.g. as the environment variables PASSAGE_STAFF_INITIALADMIN_USERNAME and "
                        + "PASSAGE_STAFF_INITIALADMIN_PASSWORD, or unset both.",
                cause);
    }
}
