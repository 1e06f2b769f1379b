package org.passage.residence;

import java.time.LocalDate;
import org.passage.provinces.ProvinceCode;

/** One line of a directorate's queue: an application booked at one of its provinces. */
public record CaseListing(ApplicationNumber number, ApplicationState state, String permitType, String givenNames,
        String surname, PassportNumber passportNumber, LocalDate appointmentDate, ProvinceCode appointmentProvince) {
}
