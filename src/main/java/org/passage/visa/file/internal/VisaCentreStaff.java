package org.passage.visa.file.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which centres an account of the application centre's staff works at. */
@Repository
class VisaCentreStaff {

    /**
     * The centres whose files an account reaches: those it is bound to, or every centre while it is
     * bound to none.
     */
    record Reach(Set<String> centres) {

        boolean everyCentre() {
            return centres.isEmpty();
        }

        boolean covers(@Nullable String centre) {
            return everyCentre() || centre != null && centres.contains(centre);
        }
    }

    private final JdbcClient jdbc;

    VisaCentreStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account holding the centre's role. */
    record CentreAccount(String username, String fullName) {
    }

    /** Every account of the application centre's staff, by user name. */
    List<CentreAccount> accounts() {
        return jdbc.sql("""
                SELECT username, full_name FROM staff_account WHERE 'VISA_CENTRE' = ANY (roles) ORDER BY username""")
                .query((rs, i) -> new CentreAccount(rs.getString("username"), rs.getString("full_name"))).list();
    }

    /** Binds the account to exactly these centres; none leaves it reaching every centre. */
    void bind(String username, List<String> centres) {
        jdbc.sql("DELETE FROM visa_centre_staff WHERE username = ?").param(username).update();
        for (String centre : centres) {
            jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(username, centre)
                    .update();
        }
    }

    Reach of(String username) {
        return new Reach(Set.copyOf(jdbc.sql("SELECT centre FROM visa_centre_staff WHERE username = ?")
                .param(username).query(String.class).list()));
    }
}
