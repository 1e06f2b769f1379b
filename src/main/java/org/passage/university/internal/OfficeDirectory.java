package org.passage.university.internal;

import java.util.Optional;
import org.passage.rules.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each university's students hand in the documents of step 8: office, address, hours and period. */
@Repository
public class OfficeDirectory {

    /**
     * A university's office.
     *
     * @param hours {@code null} until the university publishes them
     * @param website {@code null} when not known
     * @param step8BusinessDays the period for handing in the documents after applying, {@code null} when
     *     the university set none
     */
    public record Office(String university, LocalizedText name, String address, LocalizedText hours,
            String website, Integer step8BusinessDays) {
    }

    private final JdbcClient jdbc;

    OfficeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The office of the university by its official name, if recorded. */
    public Optional<Office> find(String university) {
        return jdbc.sql("""
                SELECT university, office_tr, office_en, office_de, address, hours_tr, hours_en, hours_de, website,
                    step8_business_days
                FROM university_office WHERE university = ?""")
                .param(university)
                .query((rs, n) -> new Office(rs.getString("university"),
                        new LocalizedText(rs.getString("office_tr"), rs.getString("office_en"),
                                rs.getString("office_de")),
                        rs.getString("address"),
                        rs.getString("hours_tr") == null ? null : new LocalizedText(rs.getString("hours_tr"),
                                rs.getString("hours_en"), rs.getString("hours_de")),
                        rs.getString("website"), (Integer) rs.getObject("step8_business_days")))
                .optional();
    }
}
