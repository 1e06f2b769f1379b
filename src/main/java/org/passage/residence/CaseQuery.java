package org.passage.residence;

import java.util.Objects;
import java.util.Set;
import org.passage.provinces.ProvinceCode;

/**
 * Which cases a directorate's queue shows: those booked at {@code provinces}; by default the ones
 * waiting for the directorate (booked, under review, missing documents), else those in {@code state};
 * optionally one permit type; optionally one application number or passport number.
 *
 * @param state a state, or {@code null} for the cases waiting for the directorate
 * @param permitType a permit type code, or {@code null} for all
 * @param search an application number or a passport number as typed, or {@code null}
 * @param everyState with no {@code state}: the cases in every state, not only those waiting
 */
public record CaseQuery(Set<ProvinceCode> provinces, ApplicationState state, String permitType, String search,
        int limit, boolean everyState) {

    /** A query of the cases waiting for the directorate when no state is given. */
    public CaseQuery(Set<ProvinceCode> provinces, ApplicationState state, String permitType, String search,
            int limit) {
        this(provinces, state, permitType, search, limit, false);
    }

    public CaseQuery {
        provinces = Set.copyOf(Objects.requireNonNull(provinces, "provinces"));
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("a queue shows 1 to 1000 cases");
        }
    }
}
