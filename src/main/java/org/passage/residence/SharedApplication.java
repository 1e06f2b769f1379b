package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a university's international office may see of an application its student chose to share
 * with it: who, which permit, where it stands, and the appointment ({@code null} when none is booked).
 */
public record SharedApplication(ApplicationNumber number, String givenNames, String surname, String permitType,
        ApplicationState state, Instant submittedAt, LocalDate appointmentDate) {
}
