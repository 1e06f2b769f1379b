package org.passage.admissions.candidate.internal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** The signed-in candidate: someone who proved with a one-time code that they read this e-mail address. */
public record CandidatePrincipal(String email) implements Serializable {

    /** The authority every candidate session carries. */
    public static final String ROLE = "ROLE_CANDIDATE";

    public CandidatePrincipal {
        Objects.requireNonNull(email, "email");
        email = email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the address is this candidate's, in any case. */
    public boolean owns(String candidateEmail) {
        return candidateEmail != null && email.equalsIgnoreCase(candidateEmail.strip());
    }
}
