package org.passage.admissions.desk;

import java.util.List;
import java.util.Objects;

/** An action the application's state, its intake's dates or its documents do not allow. */
public class AdmissionRefusedException extends RuntimeException {

    /** Why the action was refused. */
    public enum Reason {
        /** The action is not allowed in the application's state. */
        WRONG_STATE,
        /** The intake is not open for applications on the day. */
        INTAKE_CLOSED,
        /** A required document has not been uploaded. */
        DOCUMENTS_MISSING,
        /** The offer's response date has passed. */
        RESPONSE_DATE_PASSED,
        /** Every place of the programme's quota is taken. */
        QUOTA_FULL,
        /** Special-group admissions in Teaching, Law, Medicine or Dentistry reached 10% of the quota (§7.1). */
        SPECIAL_GROUP_10_PERCENT,
        /** The university's mid-term pre-acceptances reached a third of the previous year's foreign quota (§7.9). */
        MID_TERM_OVER_THIRD,
        /** The programme has no foreign-student quota in the intake (§7.2.2). */
        NO_FOREIGN_QUOTA,
        /** A rejection, closure or changed decision needs its ground or reason. */
        GROUND_REQUIRED,
        /** A required document is marked missing or not valid: the file is not complete. */
        DOCUMENTS_NOT_IN_ORDER,
        /** The day by which a corrected document was asked for has passed. */
        CORRECTION_DATE_PASSED
    }

    private final Reason reason;
    private final List<String> missingDocuments;

    public AdmissionRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public AdmissionRefusedException(Reason reason, String message, List<String> missingDocuments) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
        this.missingDocuments = List.copyOf(missingDocuments);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The codes of the required documents not yet uploaded, for {@link Reason#DOCUMENTS_MISSING}, or
     * marked missing or not valid, for {@link Reason#DOCUMENTS_NOT_IN_ORDER}.
     */
    public List<String> missingDocuments() {
        return missingDocuments;
    }
}
