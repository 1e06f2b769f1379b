package org.passage.visa.file;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A visa applicant signed in by a one-time code sent to this e-mail address; they own the files of that address. */
public record VisaApplicant(String email) implements Serializable {

    /** The authority every visa applicant session carries. */
    public static final String ROLE = "ROLE_VISA_APPLICANT";

    public VisaApplicant {
        Objects.requireNonNull(email, "email");
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
