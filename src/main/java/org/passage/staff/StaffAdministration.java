package org.passage.staff;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.provinces.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes staff accounts, each change audited. A change, a new password or disabling
 * ends the account's open sessions, so what the account may do takes effect at once.
 */
@Service
class StaffAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final String CREATED = "STAFF_ACCOUNT_CREATED";
    static final String CHANGED = "STAFF_ACCOUNT_CHANGED";
    static final String PASSWORD_SET = "STAFF_PASSWORD_SET";
    static final String DISABLED = "STAFF_ACCOUNT_DISABLED";
    static final String ENABLED = "STAFF_ACCOUNT_ENABLED";
    static final String UNLOCKED = "STAFF_ACCOUNT_UNLOCKED";

    /** What an administrator sets of an account besides its password. */
    record Profile(String fullName, Set<StaffRole> roles, List<ProvinceCode> provinces, String university,
            String admissionUniversity, List<String> faculties) {

        Profile(String fullName, Set<StaffRole> roles, List<ProvinceCode> provinces, String university) {
            this(fullName, roles, provinces, university, null, List.of());
        }

        Profile {
            roles = Set.copyOf(roles);
            // Provinces belong to officers, a university to university offices, an admission
            // university to the admission desk's roles and faculties to deans only.
            provinces = roles.contains(StaffRole.OFFICER) ? List.copyOf(provinces) : List.of();
            university = roles.contains(StaffRole.UNIVERSITY_OFFICE) ? university : null;
            admissionUniversity = roles.stream().anyMatch(StaffRole::admissionDesk) ? admissionUniversity : null;
            faculties = roles.contains(StaffRole.DEAN) && faculties != null ? List.copyOf(faculties) : List.of();
        }
    }

    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<?> sessions;

    StaffAdministration(StaffAccounts accounts, Passwords passwords, AuditTrail audit, JdbcClient jdbc,
            FindByIndexNameSessionRepository<?> sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the user name is taken or the input breaks a rule the
     *                                  form should have checked
     */
    @Transactional
    void create(AuditActor by, String username, String password, Profile profile) {
        requireValid(username, password, profile);
        if (accounts.find(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        accounts.insert(username, profile.fullName(), passwords.hash(password), profile);
        audit.record(describe(AuditEvent.of(by, CREATED, SignIns.subject(username)), profile));
    }

    @Transactional
    void change(AuditActor by, String username, Profile profile) {
        requireValid(username, null, profile);
        StaffAccount before = existing(username);
        if (isSelf(by, username) && !profile.roles().contains(StaffRole.ADMIN)) {
            throw new IllegalArgumentException("an administrator cannot take the ADMIN role from themselves");
        }
        accounts.update(username, profile);
        audit.record(describe(AuditEvent.of(by, CHANGED, SignIns.subject(username)), profile)
                .with("rolesBefore", before.roles().stream().sorted().map(Enum::name).toList())
                .with("provincesBefore", before.provinces().stream().map(ProvinceCode::value).toList())
                .with("universityBefore", before.university()));
        endSessionsOf(by, username);
    }

    @Transactional
    void setPassword(AuditActor by, String username, String password) {
        existing(username);
        if (!PasswordPolicy.problems(username, password).isEmpty()) {
            throw new IllegalArgumentException("the password breaks the password policy");
        }
        accounts.setPasswordHash(username, passwords.hash(password));
        audit.record(AuditEvent.of(by, PASSWORD_SET, SignIns.subject(username)));
        endSessionsOf(by, username);
    }

    @Transactional
    void disable(AuditActor by, String username) {
        existing(username);
        if (isSelf(by, username)) {
            throw new IllegalArgumentException("an administrator cannot disable their own account");
        }
        accounts.setEnabled(username, false);
        audit.record(AuditEvent.of(by, DISABLED, SignIns.subject(username)));
        endSessionsOf(by, username);
    }

    @Transactional
    void enable(AuditActor by, String username) {
        existing(username);
        accounts.setEnabled(username, true);
        audit.record(AuditEvent.of(by, ENABLED, SignIns.subject(username)));
    }

    @Transactional
    void unlock(AuditActor by, String username) {
        existing(username);
        accounts.unlock(username);
        audit.record(AuditEvent.of(by, UNLOCKED, SignIns.subject(username)));
    }

    /**
     * Creates the administrator {@code username} unless an enabled administrator exists. Nodes
     * starting together take turns, so only one creates it.
     *
     * @return whether the account was created
     * @throws InitialAdminRefusedException when the user name belongs to an account already
     */
    @Transactional
    boolean createInitialAdmin(String username, String password) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('passage.staff.initial-admin'))) AS turn")
                .query(Integer.class).single();
        if (accounts.anyEnabledAdmin()) {
            return false;
        }
        if (accounts.find(username).isPresent()) {
            throw new InitialAdminRefusedException("the account '" + username
                    + "' exists already and is not an enabled administrator; choose another user name");
        }
        Profile profile = new Profile(username, Set.of(StaffRole.ADMIN), List.of(), null);
        accounts.insert(username, profile.fullName(), passwords.hash(password), profile);
        audit.record(describe(AuditEvent.of(AuditActor.system("initial-admin"), CREATED, SignIns.subject(username)),
                profile).withReason("passage.staff.initial-admin"));
        return true;
    }

    private StaffAccount existing(String username) {
        return accounts.findForUpdate(username)
                .orElseThrow(() -> new IllegalArgumentException("no staff account " + username));
    }

    private void endSessionsOf(AuditActor by, String username) {
        // An administrator's own change applies at their next sign-in rather than ending this session.
        if (!isSelf(by, username)) {
            Collection<String> ids = sessions.findByPrincipalName(username).keySet();
            ids.forEach(sessions::deleteById);
        }
    }

    private static boolean isSelf(AuditActor by, String username) {
        return by.kind() == AuditActor.Kind.STAFF && by.id().equals(username);
    }

    private static void requireValid(String username, String password, Profile profile) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a user name is 3 to 50 of a-z, 0-9, '.', '_' and '-'");
        }
        if (password != null && !PasswordPolicy.problems(username, password).isEmpty()) {
            throw new IllegalArgumentException("the password breaks the password policy");
        }
        if (profile.fullName() == null || profile.fullName().isBlank() || profile.fullName().length() > 200) {
            throw new IllegalArgumentException("a full name has 1 to 200 characters");
        }
        if (profile.roles().isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        if (profile.roles().contains(StaffRole.OFFICER) && profile.provinces().isEmpty()) {
            throw new IllegalArgumentException("an officer has at least one province");
        }
        if (profile.roles().contains(StaffRole.UNIVERSITY_OFFICE)
                && (profile.university() == null || profile.university().isBlank())) {
            throw new IllegalArgumentException("a university office has a university");
        }
        if (profile.roles().stream().anyMatch(StaffRole::admissionDesk) && (profile.admissionUniversity() == null
                || !AccountForm.ADMISSION_CODE.matcher(profile.admissionUniversity()).matches())) {
            throw new IllegalArgumentException("a registrar, committee member or dean has an admission university");
        }
        if (profile.roles().contains(StaffRole.DEAN) && (profile.faculties().isEmpty()
                || !profile.faculties().stream().allMatch(f -> AccountForm.ADMISSION_CODE.matcher(f).matches()))) {
            throw new IllegalArgumentException("a dean has at least one faculty");
        }
    }

    private static AuditEvent describe(AuditEvent event, Profile profile) {
        return event.with("roles", profile.roles().stream().sorted().map(Enum::name).toList())
                .with("provinces", profile.provinces().stream().map(ProvinceCode::value).toList())
                .with("university", profile.university())
                .with("admissionUniversity", profile.admissionUniversity())
                .with("faculties", profile.faculties());
    }

    /** The user name of a new account belongs to an account already. */
    static final class UsernameTakenException extends IllegalArgumentException {

        UsernameTakenException(String username) {
            super("the user name " + username + " is taken");
        }
    }
}
