package org.passage.rules;

/**
 * A ground on which an authority refuses, cancels or does not renew what a rulebook governs, with
 * its title in three languages, the rule it comes from, and the permit types that rule is about
 * (empty: every type).
 */
public record RefusalGround(String code, LocalizedText title, Citation citation, java.util.Set<String> permitTypes) {

    public RefusalGround {
        permitTypes = java.util.Set.copyOf(permitTypes);
    }

    /** Whether the ground's rule applies to a permit of this type. */
    public boolean appliesTo(String permitType) {
        return permitTypes.isEmpty() || permitTypes.contains(permitType);
    }
}
