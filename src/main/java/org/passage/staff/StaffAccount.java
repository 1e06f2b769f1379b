package org.passage.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.passage.provinces.ProvinceCode;

/**
 * A staff account as stored. {@code locked} says whether {@code lockedUntil} is still ahead by the
 * database's clock, the one every node shares.
 */
record StaffAccount(String username, String fullName, String passwordHash, Set<StaffRole> roles,
        List<ProvinceCode> provinces, String university, String admissionUniversity, List<String> faculties,
        boolean enabled, int failedAttempts, int lockouts,
        Instant lockedUntil, boolean locked, Instant lastSignInAt, Instant createdAt) {

    StaffPrincipal principal() {
        return new StaffPrincipal(username, roles, Set.copyOf(provinces), university, admissionUniversity,
                Set.copyOf(faculties));
    }

    boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        // never the password hash
        return "StaffAccount[" + username + ", roles=" + roles + ", enabled=" + enabled + ", locked=" + locked + "]";
    }
}
