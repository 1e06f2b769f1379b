package org.passage.staff;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.passage.provinces.ProvinceCode;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in member of staff; obtain it with {@code @AuthenticationPrincipal StaffPrincipal staff}.
 * {@code provinces} are those of an officer, {@code university} that of a university office,
 * {@code admissionUniversity} the admission desk's university code of a registrar, committee member or
 * dean, {@code faculties} a dean's faculty codes (else empty and {@code null}). It lives in the session, so it is what the account was at sign-in: the
 * account's sessions end when an administrator changes or disables it.
 */
public record StaffPrincipal(String username, Set<StaffRole> roles, Set<ProvinceCode> provinces, String university,
        String admissionUniversity, Set<String> faculties) implements AuthenticatedPrincipal, Serializable {

    /** A member of staff without an admission-desk role. */
    public StaffPrincipal(String username, Set<StaffRole> roles, Set<ProvinceCode> provinces, String university) {
        this(username, roles, provinces, university, null, Set.of());
    }

    public StaffPrincipal {
        Objects.requireNonNull(username, "username");
        faculties = faculties == null ? Set.of() : Set.copyOf(faculties);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        List<ProvinceCode> sorted = provinces.stream().sorted(Comparator.comparing(ProvinceCode::value)).toList();
        provinces = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }

    /** Whether the account holds {@code role}. */
    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /**
     * The admission desk's university of a member of staff who holds one of {@code roles}, for the
     * desk's pages that only those roles of that university may open; empty for anyone else.
     */
    public Optional<String> admissionUniversityAs(StaffRole... roles) {
        if (admissionUniversity == null) {
            return Optional.empty();
        }
        for (StaffRole role : roles) {
            if (hasRole(role)) {
                return Optional.of(admissionUniversity);
            }
        }
        return Optional.empty();
    }

    /** The authorities of the roles, for Spring Security. */
    public List<GrantedAuthority> authorities() {
        return roles.stream().sorted().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /** The user name: the session's principal name, by which an account's sessions are found. */
    @Override
    public String getName() {
        return username;
    }

    // ProvinceCode is not Serializable: the session stores this proxy of plain values instead.
    @Serial
    private Object writeReplace() {
        return new Stored(username, roles.stream().map(Enum::name).toList(),
                provinces.stream().map(ProvinceCode::value).toList(), university, admissionUniversity,
                faculties.stream().sorted().toList());
    }

    private record Stored(String username, List<String> roles, List<String> provinces, String university,
            String admissionUniversity, List<String> faculties) implements Serializable {

        @Serial
        private Object readResolve() {
            Set<StaffRole> storedRoles = EnumSet.noneOf(StaffRole.class);
            roles.forEach(role -> storedRoles.add(StaffRole.valueOf(role)));
            Set<ProvinceCode> storedProvinces = new LinkedHashSet<>();
            provinces.forEach(code -> storedProvinces.add(new ProvinceCode(code)));
            return new StaffPrincipal(username, storedRoles, storedProvinces, university, admissionUniversity,
                    faculties == null ? Set.of() : Set.copyOf(faculties));
        }
    }
}
