package org.passage.rules;

/**
 * Whom a required document is about, when a case has family members applying with the applicant:
 * the rulebook says it, so a file can give each person their own checklist.
 */
public enum Concerns {
    /** The case's own document, brought once by the applicant (the default). */
    APPLICANT,
    /** Brought by every person who applies: form, passport, photos. */
    EACH_PERSON,
    /** About the spouse: the travelling spouse brings it; without one, the applicant (who is the spouse). */
    SPOUSE,
    /** About a child: each travelling child brings it; without one, the applicant (who is the child). */
    CHILD
}
