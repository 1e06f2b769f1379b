package org.passage.staff;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Who holds which role on a university's admission desk, for the desk to check the second person
 * of a decision that a committee member takes together with a dean.
 */
@Component
public class AdmissionStaff {

    private final StaffAccounts accounts;

    AdmissionStaff(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Whether {@code username} is an enabled account holding {@code role} on the admission desk of
     * {@code admissionUniversity}, and for a dean, for {@code faculty}.
     */
    public boolean holds(String username, StaffRole role, String admissionUniversity, String faculty) {
        if (username == null || username.isBlank() || !role.admissionDesk()) {
            return false;
        }
        return accounts.find(username.strip().toLowerCase(Locale.ROOT))
                .filter(StaffAccount::enabled)
                .filter(a -> a.hasRole(role) && admissionUniversity.equals(a.admissionUniversity()))
                .filter(a -> role != StaffRole.DEAN || a.faculties().contains(faculty))
                .isPresent();
    }
}
