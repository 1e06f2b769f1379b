package org.passage.admissions.scholarship;

/** A scholarship may not be awarded or changed as asked; {@link #reason()} tells the page why. */
public class ScholarshipRefusedException extends RuntimeException {

    /** Why the scholarship was refused. */
    public enum Reason {
        /** The application holds no place: not admitted, or the admission no longer stands. */
        NOT_ADMITTED,
        /** The programme is not an undergraduate programme (§7.10.1). */
        NOT_UNDERGRADUATE,
        /** More semesters used than the scholarship runs, or it has ended. */
        BEYOND_DURATION
    }

    private final Reason reason;

    public ScholarshipRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
