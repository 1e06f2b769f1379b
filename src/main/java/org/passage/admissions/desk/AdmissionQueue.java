package org.passage.admissions.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff's view of a university's applications: always scoped to one university (and, for a
 * dean, to the programmes of their faculties), never showing drafts; the committee and deans see
 * only files the registrar has passed on.
 */
@Repository
public class AdmissionQueue {

    /** Who looks: the university, the faculties (empty: all) and whether only forwarded files count. */
    public record Scope(String university, Set<String> faculties, boolean forwardedOnly) {

        public Scope {
            faculties = Set.copyOf(faculties);
        }

        /**
         * What the member of staff sees: the registrar every submitted file of their university, a
         * committee member its forwarded files, a dean those of their faculties; empty for anyone else.
         */
        public static java.util.Optional<Scope> of(org.passage.staff.StaffPrincipal staff) {
            if (staff == null || staff.admissionUniversity() == null) {
                return java.util.Optional.empty();
            }
            if (staff.hasRole(org.passage.staff.StaffRole.REGISTRAR)) {
                return java.util.Optional.of(new Scope(staff.admissionUniversity(), Set.of(), false));
            }
            if (staff.hasRole(org.passage.staff.StaffRole.COMMITTEE_MEMBER)) {
                return java.util.Optional.of(new Scope(staff.admissionUniversity(), Set.of(), true));
            }
            if (staff.hasRole(org.passage.staff.StaffRole.DEAN) && !staff.faculties().isEmpty()) {
                return java.util.Optional.of(new Scope(staff.admissionUniversity(), staff.faculties(), true));
            }
            return java.util.Optional.empty();
        }
    }

    /** Narrowing the queue; every part may be null. */
    public record Filter(String programme, AdmissionState state, String basis, String nationality, String search) {
    }

    /** One row of the queue. */
    public record Row(AdmissionNumber number, String programme, int preference, String candidateEmail,
            AdmissionState state, String nationality, String basis, Instant submittedAt, String intake) {
    }

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;

    AdmissionQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope's applications matching the filter, oldest submission first. */
    public List<Row> list(Scope scope, Filter filter) {
        StringBuilder sql = new StringBuilder(BASE);
        List<Object> params = new ArrayList<>(List.of(scope.university()));
        narrow(scope, sql, params);
        if (filter.programme() != null) {
            sql.append(" AND a.programme = ?");
            params.add(filter.programme());
        }
        if (filter.state() != null) {
            sql.append(" AND a.state = ?");
            params.add(filter.state().name());
        }
        if (filter.basis() != null) {
            sql.append(" AND a.basis = ?");
            params.add(filter.basis());
        }
        if (filter.nationality() != null) {
            sql.append(" AND a.nationality = ?");
            params.add(filter.nationality());
        }
        if (filter.search() != null) {
            sql.append(" AND (a.number = upper(?) OR lower(a.candidate_email) LIKE ? ESCAPE '\\')");
            params.add(filter.search());
            params.add("%" + filter.search().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY a.submitted_at, a.number LIMIT ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Row(
                new AdmissionNumber(rs.getString("number")), rs.getString("programme"), rs.getInt("preference"),
                rs.getString("candidate_email"), AdmissionState.valueOf(rs.getString("state")),
                rs.getString("nationality"), rs.getString("basis"),
                Optional.ofNullable(rs.getTimestamp("submitted_at")).map(Timestamp::toInstant).orElse(null),
                rs.getString("intake")))
                .list();
    }

    /** Whether the application is within the scope; a file outside it does not exist for the caller. */
    public boolean contains(Scope scope, AdmissionNumber number) {
        StringBuilder sql = new StringBuilder(BASE);
        List<Object> params = new ArrayList<>(List.of(scope.university()));
        narrow(scope, sql, params);
        sql.append(" AND a.number = ?");
        params.add(number.value());
        return !jdbc.sql(sql.toString()).params(params).query((rs, i) -> rs.getString("number")).list().isEmpty();
    }

    private static void narrow(Scope scope, StringBuilder sql, List<Object> params) {
        sql.append(scope.forwardedOnly() ? " AND a.state NOT IN ('DRAFT', 'SUBMITTED', 'CLOSED_INELIGIBLE')"
                : " AND a.state <> 'DRAFT'");
        if (!scope.faculties().isEmpty()) {
            sql.append(" AND p.faculty IN (").append(String.join(", ", scope.faculties().stream().map(f -> "?")
                    .toList())).append(")");
            params.addAll(scope.faculties().stream().sorted().toList());
        }
    }

    private static final String BASE = """
            SELECT a.number, a.programme, a.preference, a.candidate_email, a.state, a.nationality, a.basis,
                a.submitted_at, a.intake
            FROM admission_application a
            JOIN admission_programme p ON p.university = a.university AND p.code = a.programme
            WHERE a.university = ?""";
}
