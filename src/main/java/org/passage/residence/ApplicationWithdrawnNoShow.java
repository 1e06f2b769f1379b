package org.passage.residence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The applicant missed the appointment without a valid reason: the application counts as never
 * made ({@code WITHDRAWN_NO_SHOW}).
 */
public record ApplicationWithdrawnNoShow(ApplicationNumber number, LocalDate appointmentDate, Instant recordedAt) {
}
