package org.passage.residence;

import java.util.List;

/**
 * A review action whose input the case does not allow (answered 422): a validity longer than the
 * rules allow, a shortening without its reason, items not on the checklist, unknown refusal
 * grounds, a missing explanation. Nothing is changed then.
 */
public class ReviewRefusedException extends IllegalArgumentException {

    /** Why the action was refused; each has its text under {@code review.refused.<REASON>}. */
    public enum Reason {
        NO_ITEMS,
        NOT_ON_CHECKLIST,
        DUE_DATE,
        NOTE_TOO_LONG,
        VALID_FROM_BEFORE_APPLICATION,
        VALID_UNTIL_BEFORE_VALID_FROM,
        VALIDITY_TOO_LONG,
        VALIDITY_REQUIRED,
        INDEFINITE_PERMIT,
        SHORTENING_REASON_REQUIRED,
        NO_GROUNDS,
        UNKNOWN_GROUND,
        EXPLANATION_REQUIRED,
        TEXT_TOO_LONG,
        REASON_REQUIRED,
        DOCUMENTS_NOT_UPLOADED,
        INVISIBLE_CHARACTERS,
        GAPS_REASON_REQUIRED
    }

    private final Reason reason;
    private final List<String> codes;

    public ReviewRefusedException(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    /** A refusal about {@code codes} (checklist items, refusal grounds). */
    public ReviewRefusedException(Reason reason, String detail, List<String> codes) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.codes = List.copyOf(codes);
    }

    public Reason reason() {
        return reason;
    }

    /** The codes the refusal is about, e.g. the checklist items without an upload; may be empty. */
    public List<String> codes() {
        return codes;
    }
}
