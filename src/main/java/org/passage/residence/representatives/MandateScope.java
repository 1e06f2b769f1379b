package org.passage.residence.representatives;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a mandate lets a representative do for the applicant. */
public enum MandateScope {
    /** Answer the form, submit and withdraw the application. */
    APPLY,
    /** Upload and remove documents. */
    UPLOAD,
    /** Book, move and cancel the appointment. */
    BOOK,
    /** Start payments of the fee. */
    PAY,
    /** Receive the decision and the decision letter. */
    RECEIVE_DECISIONS;

    /** The scopes as stored: their codes, comma-separated, in declaration order. */
    public static String store(Set<MandateScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The scopes of a stored value. */
    public static Set<MandateScope> load(String stored) {
        Set<MandateScope> scopes = EnumSet.noneOf(MandateScope.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(MandateScope::valueOf).forEach(scopes::add);
        return scopes;
    }
}
