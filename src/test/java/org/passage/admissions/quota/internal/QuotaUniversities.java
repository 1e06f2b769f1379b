package org.passage.admissions.quota.internal;

import java.util.ArrayList;
import java.util.List;
import org.passage.admissions.desk.TestUniversities;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.springframework.stereotype.Component;

/**
 * A university of its own for a quota test (the admissions tests' one fixture): programmes with
 * their rulebook codes and intake quotas, and the 2027-FALL intake open today.
 */
@Component
class QuotaUniversities {

    static final String INTAKE = TestUniversities.INTAKE;
    static final int YEAR = TestUniversities.YEAR;

    private final TestUniversities universities;

    QuotaUniversities(TestUniversities universities) {
        this.universities = universities;
    }

    /** Programme {@code codes[i]} of rulebook programme {@code rules[i]} with {@code quotas[i]} places in the intake. */
    String create(String[] codes, String[] rules, int[] quotas) {
        List<Programme> programmes = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            programmes.add(new Programme(codes[i], codes[i] + " tr", codes[i] + " en", codes[i] + " de", rules[i],
                    quotas[i], 0));
        }
        return universities.create(programmes);
    }
}
