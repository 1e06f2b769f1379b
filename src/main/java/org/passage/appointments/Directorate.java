package org.passage.appointments;

import java.util.Objects;
import java.util.Set;
import org.passage.provinces.ProvinceCode;

/**
 * The migration directorate of a province ("İl Göç İdaresi Müdürlüğü") and its places per weekday.
 *
 * @param assignsDates whether the directorate assigns appointment dates itself (Istanbul and Ankara)
 *                     instead of letting applicants choose
 */
public record Directorate(ProvinceCode province, WeeklyCapacity capacity, boolean assignsDates) {

    private static final Set<ProvinceCode> ASSIGNING = Set.of(ProvinceCode.ISTANBUL, ProvinceCode.ANKARA);

    public Directorate {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(capacity, "capacity");
    }

    Directorate(ProvinceCode province, WeeklyCapacity capacity) {
        this(province, capacity, assignsDates(province));
    }

    /** Whether the directorate of {@code province} assigns dates itself (Istanbul and Ankara). */
    public static boolean assignsDates(ProvinceCode province) {
        return ASSIGNING.contains(province);
    }
}
