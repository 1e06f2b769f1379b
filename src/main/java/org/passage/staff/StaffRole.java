package org.passage.staff;

/** What a staff account may do; an account holds one or more roles. */
public enum StaffRole {

    /** A directorate's case officer, bound to one or more provinces. */
    OFFICER,
    /** A university's international office, bound to one university. */
    UNIVERSITY_OFFICE,
    /** Administers accounts, capacity and parameters; sees the audit trail. */
    ADMIN;

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
