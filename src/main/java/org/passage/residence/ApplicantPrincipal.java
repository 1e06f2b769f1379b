package org.passage.residence;

import java.io.Serializable;
import java.util.Objects;

/**
 * The signed-in applicant (or their representative): someone who proved, with the passport number
 * and a one-time code, that they may act on exactly one application.
 */
public record ApplicantPrincipal(ApplicationNumber applicationNumber) implements Serializable {

    /** The authority every applicant session carries. */
    public static final String ROLE = "ROLE_APPLICANT";

    public ApplicantPrincipal {
        Objects.requireNonNull(applicationNumber, "applicationNumber");
    }

    /** Whether this applicant may act on the application {@code number}. */
    public boolean owns(ApplicationNumber number) {
        return applicationNumber.equals(number);
    }
}
