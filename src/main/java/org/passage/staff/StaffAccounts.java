package org.passage.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.passage.provinces.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff accounts in PostgreSQL. Times come from the database clock, so the lock of an account means
 * the same on every node.
 */
@Repository
class StaffAccounts {

    private static final String COLUMNS = "*, coalesce(locked_until > clock_timestamp(), false) AS locked";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?").param(username)
                .query(StaffAccounts::map).optional();
    }

    /** The account, locked against concurrent sign-ins and changes until the transaction ends. */
    Optional<StaffAccount> findForUpdate(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ? FOR UPDATE").param(username)
                .query(StaffAccounts::map).optional();
    }

    List<StaffAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY username").query(StaffAccounts::map).list();
    }

    boolean anyEnabledAdmin() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE enabled AND 'ADMIN' = ANY (roles))")
                .query(Boolean.class).single();
    }

    void insert(String username, String fullName, String passwordHash, StaffAdministration.Profile profile) {
        jdbc.sql("""
                INSERT INTO staff_account (username, full_name, password_hash, roles, provinces, university,
                    admission_university, faculties, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())""")
                .params(username, fullName, passwordHash, roles(profile.roles()), provinces(profile.provinces()),
                        profile.university(), profile.admissionUniversity(), faculties(profile.faculties()))
                .update();
    }

    void update(String username, StaffAdministration.Profile profile) {
        jdbc.sql("""
                UPDATE staff_account SET full_name = ?, roles = ?, provinces = ?, university = ?,
                    admission_university = ?, faculties = ?, updated_at = clock_timestamp()
                WHERE username = ?""")
                .params(profile.fullName(), roles(profile.roles()), provinces(profile.provinces()),
                        profile.university(), profile.admissionUniversity(), faculties(profile.faculties()),
                        username)
                .update();
    }

    private static String[] faculties(List<String> faculties) {
        return faculties.stream().distinct().sorted().toArray(String[]::new);
    }

    void setPasswordHash(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_account SET password_hash = ?, updated_at = clock_timestamp() WHERE username = ?")
                .params(passwordHash, username).update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = ?, updated_at = clock_timestamp() WHERE username = ?")
                .params(enabled, username).update();
    }

    /** Lifts a lock and forgets the failures, so the next lock is a first one again. */
    void unlock(String username) {
        jdbc.sql("""
                UPDATE staff_account SET failed_attempts = 0, lockouts = 0, locked_until = NULL,
                    updated_at = clock_timestamp()
                WHERE username = ?""")
                .param(username).update();
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for
     * {@code firstLock} doubled for each earlier lock since the last success, at most {@code longestLock}.
     *
     * @return until when the account is now locked, when this failure locked it
     */
    Optional<Instant> recordFailure(String username, StaffProperties.Lockout lockout) {
        return jdbc.sql("""
                UPDATE staff_account SET
                    failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
                    lockouts = CASE WHEN failed_attempts + 1 >= :max THEN lockouts + 1 ELSE lockouts END,
                    locked_until = CASE WHEN failed_attempts + 1 >= :max
                        THEN clock_timestamp() + make_interval(secs => least(:first * power(2, least(lockouts, 30)),
                                                                             :longest))
                        ELSE locked_until END
                WHERE username = :username
                RETURNING failed_attempts = 0 AS locked_now, locked_until""")
                .param("max", lockout.maxFailures())
                .param("first", (double) lockout.firstLock().toSeconds())
                .param("longest", (double) lockout.longestLock().toSeconds())
                .param("username", username)
                .query((rs, row) -> rs.getBoolean("locked_now") ? rs.getTimestamp("locked_until").toInstant() : null)
                .optional();
    }

    /** A successful sign-in: the failures and locks so far are forgotten. */
    void recordSuccess(String username) {
        jdbc.sql("""
                UPDATE staff_account SET failed_attempts = 0, lockouts = 0, locked_until = NULL,
                    last_sign_in_at = clock_timestamp()
                WHERE username = ?""")
                .param(username).update();
    }

    private static String[] roles(Set<StaffRole> roles) {
        return roles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static String[] provinces(Collection<ProvinceCode> provinces) {
        return provinces.stream().map(ProvinceCode::value).distinct().sorted().toArray(String[]::new);
    }

    private static StaffAccount map(ResultSet rs, int row) throws SQLException {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : strings(rs.getArray("roles"))) {
            roles.add(StaffRole.valueOf(role));
        }
        List<ProvinceCode> provinces = Arrays.stream(strings(rs.getArray("provinces"))).map(ProvinceCode::new).toList();
        return new StaffAccount(rs.getString("username"), rs.getString("full_name"), rs.getString("password_hash"),
                roles, provinces, rs.getString("university"), rs.getString("admission_university"),
                List.of(strings(rs.getArray("faculties"))), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                rs.getInt("lockouts"), instant(rs.getTimestamp("locked_until")), rs.getBoolean("locked"),
                instant(rs.getTimestamp("last_sign_in_at")), rs.getTimestamp("created_at").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
