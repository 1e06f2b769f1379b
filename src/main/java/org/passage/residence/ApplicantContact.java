package org.passage.residence;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach an applicant: a verified e-mail address, a mobile number in E.164 form (may be
 * {@code null}) and the language the applicant uses ({@code tr}, {@code en} or {@code de}).
 */
public record ApplicantContact(String email, String mobile, Locale language) implements Serializable {

    public ApplicantContact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        if (mobile != null && !mobile.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("a mobile number is in E.164 form, e.g. +905321234567");
        }
    }
}
