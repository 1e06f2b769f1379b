package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.passage.residence.TestApplications.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's appointment page: booking, changing and cancelling through plain forms, and nobody else's. */
@PassageIntegrationTest
class AppointmentPagesIntegrationTest {

    static final ProvinceCode ESKISEHIR = new ProvinceCode("26");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestApplications testApplications;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;
    @Autowired
    ResidenceApplications residence;

    @Test
    void withoutSigningInTheApplicantIsSentToSignIn() throws Exception {
        mvc.perform(get("/appointments")).andExpect(redirectedUrl("/residence/continue"));
        mvc.perform(post("/appointments").with(csrf()).param("province", "26").param("date", freeDay().toString()))
                .andExpect(redirectedUrl("/residence/continue"));
    }

    @ParameterizedTest
    @CsvSource({"tr, Eskişehir İl Göç İdaresi Müdürlüğü randevu tarihleri, Bu tarihe randevu al",
            "en, Dates at the Eskişehir Provincial Directorate of Migration Management, Book this date",
            "de, Termine bei der Provinzdirektion für Migrationsverwaltung Eskişehir, Diesen Tag buchen"})
    void theApplicantSeesTheDaysOfTheirProvinceWithFreePlacesInTheirLanguage(String language, String legend,
            String button) throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        LocalDate free = freeDay();
        mvc.perform(get("/appointments").with(signedIn(number)).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(legend), containsString(button),
                        containsString("value=\"" + free + "\""), containsString("<option value=\"26\" selected"),
                        containsString("name=\"application\" value=\"" + number.value() + "\""),
                        not(containsString("value=\"34\"")), not(containsString("??")))));
    }

    @Test
    void bookingChangingAndCancellingThroughTheForms() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        List<LocalDate> free = freeDays();

        mvc.perform(book(number, "26", free.get(0).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/appointments?done=booked"));
        assertThat(appointments.active(number).orElseThrow().date()).isEqualTo(free.get(0));
        mvc.perform(get("/appointments?done=booked").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Your appointment is booked"),
                        containsString("Cancel the appointment"), containsString("Move my appointment to this date"))));

        mvc.perform(book(number, "26", free.get(1).toString()))
                .andExpect(redirectedUrl("/appointments?done=changed"));
        assertThat(appointments.active(number).orElseThrow().date()).isEqualTo(free.get(1));

        mvc.perform(get("/appointments").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("href=\"/residence/application\""),
                        containsString("href=\"/appointments/cancel\""))));
        mvc.perform(get("/appointments/cancel").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cancel the appointment?"),
                        containsString("Yes, cancel the appointment"))));
        assertThat(appointments.active(number)).isPresent();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/appointments/cancel").with(csrf()).with(signedIn(number))
                            .param("application", number.value()))
                    .andExpect(redirectedUrl("/appointments?done=cancelled"));
        }
        assertThat(appointments.active(number)).isEmpty();
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void anotherSignedInApplicantCannotBookChangeOrCancelAndNothingChanges() throws Exception {
        ApplicationNumber owner = testApplications.submitStudent(ESKISEHIR);
        ApplicationNumber other = testApplications.submitStudent(ESKISEHIR);
        LocalDate day = freeDay();
        Appointment booked = appointments.book(owner, ESKISEHIR, day, Actor.applicant(owner));

        mvc.perform(post("/appointments").with(csrf()).with(signedIn(other)).param("application", owner.value())
                        .param("province", "26").param("date", freeDays().get(1).toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/appointments/cancel").with(csrf()).with(signedIn(other)).param("application", owner.value()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/appointments/cancel").with(csrf()).with(signedIn(other)).param("application", "garbage"))
                .andExpect(status().isNotFound());

        assertThat(appointments.history(owner)).containsExactly(booked);
        assertThat(appointments.history(other)).isEmpty();
        assertThat(residence.find(owner).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
    }

    @ParameterizedTest
    @CsvSource({"99, NEXT_FREE, Choose a province from the list",
            "xx, NEXT_FREE, Choose a province from the list",
            "26, garbage, Choose a date from the list",
            "26, SATURDAY, The directorate is closed on that day",
            "26, YESTERDAY, Choose a date from tomorrow up to the end of the dates shown",
            "26, FAR, Choose a date from tomorrow up to the end of the dates shown",
            "06, NEXT_FREE, In Istanbul and Ankara the directorate assigns the date"})
    void badInputIsAnsweredWithAClearMessageAndNothingIsWritten(String province, String date, String message)
            throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        String day = switch (date) {
            case "NEXT_FREE" -> freeDay().toString();
            case "SATURDAY" -> appointments.firstBookableDay().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString();
            case "YESTERDAY" -> appointments.firstBookableDay().minusDays(2).toString();
            case "FAR" -> appointments.lastBookableDay().plusDays(7).toString();
            default -> date;
        };
        mvc.perform(book(number, province, day).header("Accept-Language", "en"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString(message))));
        assertThat(appointments.history(number)).isEmpty();
        assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void aDayThatFilledMeanwhileIsAConflictWithTheFullMessage() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        LocalDate day = freeDays().get(2);
        directorates.setPlacesOn(ESKISEHIR, day, directorates.places(ESKISEHIR, day, day).getFirst().booked());
        mvc.perform(book(number, "26", day.toString()).header("Accept-Language", "tr"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("O gün artık dolu. Başka bir tarih seçin")));
        assertThat(appointments.history(number)).isEmpty();
    }

    @Test
    void inIstanbulThePageSaysTheDirectorateWillAssignADateAndOffersNoDays() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ProvinceCode.ISTANBUL);
        mvc.perform(get("/appointments").with(signedIn(number)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The Istanbul Provincial Directorate of Migration Management will assign you a date"),
                        not(containsString("id=\"book-form\"")))));
    }

    @Test
    void anApplicationNotYetSubmittedIsToldToSubmitFirst() throws Exception {
        ApplicationNumber draft = testApplications.draftStudent(ESKISEHIR);
        mvc.perform(get("/appointments").with(signedIn(draft)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("once your application has been submitted"),
                        not(containsString("id=\"book-form\"")))));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder book(ApplicationNumber number,
            String province, String date) {
        return post("/appointments").with(csrf()).with(signedIn(number)).param("application", number.value())
                .param("province", province).param("date", date);
    }

    private LocalDate freeDay() {
        return freeDays().getFirst();
    }

    private List<LocalDate> freeDays() {
        return directorates.places(ESKISEHIR, appointments.firstBookableDay(), appointments.lastBookableDay()).stream()
                .filter(DayPlaces::available).map(DayPlaces::date).toList();
    }
}
