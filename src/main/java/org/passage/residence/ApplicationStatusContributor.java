package org.passage.residence;

import java.util.Optional;
import java.util.Locale;

/**
 * A module's part of an application's status (appointment, payment, …), shown on the applicant's
 * status page, answered by the status API and printed on the registration document. Modules that
 * depend on this one implement it, so the status page needs no dependency on them.
 */
public interface ApplicationStatusContributor {

    /** The section for this application in this language, or empty when the module has nothing to say yet. */
    Optional<StatusSection> section(ApplicationNumber number, Locale locale);
}
