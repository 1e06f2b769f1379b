package org.passage.visa.file.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.visa.GermanVisaRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The centre's day list flags each person who gives fingerprints, by their age on the appointment day. */
@PassageIntegrationTest
class VisaFingerprintsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;

    @Test
    void aChildTwelveOnTheAppointmentDayGivesFingerprintsAndAChildOfElevenDoesNot() throws Exception {
        String email = VisaFiling.newEmail();
        LocalDate day = FreeDays.withPlaces(jdbc, calendar, centres, "IST", filing.openDay().plusDays(20), 1, 1);
        GermanVisaRequest base = VisaFiling.masterWithSpouse(desk.today().minusMonths(1), new BigDecimal("12000"));
        GermanVisaRequest request = new GermanVisaRequest(base.category(), null, base.applicant(), base.stayDays(),
                null, base.funding(), null, base.languageCertificate(), base.semesterStart(),
                new GermanVisaRequest.Family(base.family().spouse(), List.of(
                        new GermanVisaRequest.Child(day.minusYears(12), false, false),
                        new GermanVisaRequest.Child(day.minusYears(12).plusDays(1), false, false))),
                null);
        UUID file = desk.create(email, Locale.ENGLISH, request);
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, "IST", day);
        String number = file.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        int applicantAge = java.time.Period.between(base.applicant().birthDate(), day).getYears();

        mvc.perform(get("/staff/visa/centre?lang=en").with(VisaFileStaffIntegrationTest.CENTRE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"attendees-" + number + "\"")))
                .andExpect(content().string(containsString("4 in person, 3 with fingerprints")))
                .andExpect(content().string(containsString("Applicant, " + applicantAge + " years: fingerprints")))
                .andExpect(content().string(containsString("Spouse, adult: fingerprints")))
                .andExpect(content().string(containsString("Child 1, 12 years: fingerprints")))
                .andExpect(content().string(containsString("Child 2, 11 years: no fingerprints (under 12)")));
        mvc.perform(get("/staff/visa/centre?lang=de").with(VisaFileStaffIntegrationTest.CENTRE))
                .andExpect(content().string(containsString("keine Fingerabdrücke (unter 12)")));
    }
}
