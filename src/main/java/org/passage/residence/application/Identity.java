package org.passage.residence.application;

import java.time.LocalDate;
import java.util.Objects;
import org.passage.residence.PassportNumber;

/**
 * Who the application is for, as given at pre-registration: the passport they entered Türkiye with
 * is the identity of the application.
 */
public record Identity(String givenNames, String surname, LocalDate birthDate, String nationality,
        PassportNumber passportNumber, LocalDate passportExpiry) {

    public Identity {
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(passportNumber, "passportNumber");
        Objects.requireNonNull(passportExpiry, "passportExpiry");
    }
}
