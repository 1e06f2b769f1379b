package org.passage.staff;

/** What a staff account may do; an account holds one or more roles. */
public enum StaffRole {

    /** A directorate's case officer, bound to one or more provinces. */
    OFFICER,
    /** A university's international office, bound to one university. */
    UNIVERSITY_OFFICE,
    /** Administers accounts, capacity and parameters; sees the audit trail. */
    ADMIN,
    /** A university's registrar's office on the admission desk, bound to one university. */
    REGISTRAR,
    /** A member of a university's Transfer and Foreign Student Committee, bound to one university. */
    COMMITTEE_MEMBER,
    /** The dean of one or more faculties of a university, deciding admissions with the committee. */
    DEAN,
    /** The German visa application centre's counter: receives applicants, passports and fees, returns passports. */
    VISA_CENTRE,
    /** The German consulate's visa section: decides the files the centre forwards. */
    CONSULATE;

    /** Whether the role works on the admission desk, bound to an admission university. */
    public boolean admissionDesk() {
        return this == REGISTRAR || this == COMMITTEE_MEMBER || this == DEAN;
    }

    /** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
