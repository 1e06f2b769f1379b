package org.passage.residence.api;

import java.util.Objects;
import org.passage.residence.ApplicationNumber;

/** The caller of the API as its bearer token names it: the applicant of exactly one application. */
record ApiApplicant(ApplicationNumber applicationNumber) {

    ApiApplicant {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
    }

    /**
     * The application of the path when it is the token's; anything else is the same 404 as an
     * unknown number, so that the API does not tell which numbers exist.
     */
    ApplicationNumber own(String pathNumber) {
        ApplicationNumber asked = ApplicationNumber.parseOrNull(pathNumber);
        if (asked == null || !asked.equals(applicationNumber)) {
            throw ApiProblems.notFound();
        }
        return applicationNumber;
    }
}
