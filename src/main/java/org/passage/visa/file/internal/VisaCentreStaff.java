package org.passage.visa.file.internal;

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

    Reach of(String username) {
        return new Reach(Set.copyOf(jdbc.sql("SELECT centre FROM visa_centre_staff WHERE username = ?")
                .param(username).query(String.class).list()));
    }
}
