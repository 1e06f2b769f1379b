package org.passage.staff;

/** The configured first administrator cannot be created; start-up stops with the reason. */
class InitialAdminRefusedException extends IllegalStateException {

    InitialAdminRefusedException(String reason) {
        super("passage.staff.initial-admin: " + reason);
    }
}
