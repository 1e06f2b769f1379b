package org.passage.residence;

/** An upload refused because the item or the application already holds as much as allowed. */
public class UploadQuotaExceededException extends RuntimeException {

    /** Which limit was reached. */
    public enum Limit {
        FILES_PER_ITEM,
        BYTES_PER_APPLICATION
    }

    private final Limit limit;
    private final long allowed;

    public UploadQuotaExceededException(Limit limit, long allowed) {
        super(limit + " reached: " + allowed);
        this.limit = limit;
        this.allowed = allowed;
    }

    public Limit limit() {
        return limit;
    }

    /** The number of files, or of megabytes, allowed. */
    public long allowed() {
        return allowed;
    }
}
