package org.passage.rules;

import java.time.LocalDate;

/** A date by which the applicant must act. */
public record Deadline(String code, LocalDate dueDate, LocalizedText title, Citation citation) {
}
