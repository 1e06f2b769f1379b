package org.passage.residence.representatives;

/**
 * The kinds of representative: the codes of the application's {@code applicantRole} for the people
 * acting for a foreigner, and organisations (a university's international office, an agency).
 */
public enum RepresentativeKind {
    /** A lawyer holding a power of attorney; registered with a bar registration number. */
    LAWYER,
    /** A legal representative (a parent, a guardian). */
    LEGAL_REPRESENTATIVE,
    /** An organisation filing for many people, such as a university office or an agency. */
    ORGANISATION
}
