package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.TestApplications;
import org.passage.residence.api.internal.ApplicationTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PassageIntegrationTest
class AppointmentApiIntegrationTest {

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
    ApplicationTokens tokens;

    @Test
    void anApplicantListsFreeDaysBooksMovesAndCancelsThroughTheApi() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        String token = tokens.issue(number);
        List<LocalDate> free = freeDays();
        mvc.perform(as(get(path(number) + "/days"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.province").value("26"))
                .andExpect(jsonPath("$.days[?(@.date == '" + free.getFirst() + "')].available").value(true));

        mvc.perform(as(book(number, "26", free.getFirst()), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(free.getFirst().toString()))
                .andExpect(jsonPath("$.status").value("BOOKED"));
        mvc.perform(as(book(number, "26", free.get(1)), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(free.get(1).toString()));
        assertThat(appointments.active(number).orElseThrow().date()).isEqualTo(free.get(1));
        mvc.perform(as(get(path(number)), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.appointment.date").value(free.get(1).toString()))
                .andExpect(jsonPath("$.homeProvince").value("26"));

        mvc.perform(as(delete(path(number)), token)).andExpect(status().isNoContent());
        assertThat(appointments.active(number)).isEmpty();
        mvc.perform(as(delete(path(number)), token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NO_ACTIVE_APPOINTMENT"));
    }

    @Test
    void anotherApplicantsAppointmentIsNotFoundAndNothingIsBooked() throws Exception {
        ApplicationNumber mine = testApplications.submitStudent(ESKISEHIR);
        ApplicationNumber theirs = testApplications.submitStudent(ESKISEHIR);
        String token = tokens.issue(mine);
        mvc.perform(as(get(path(theirs)), token)).andExpect(status().isNotFound());
        mvc.perform(as(get(path(theirs) + "/days"), token)).andExpect(status().isNotFound());
        mvc.perform(as(book(theirs, "26", freeDays().getFirst()), token)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(delete(path(theirs)), token)).andExpect(status().isNotFound());
        assertThat(appointments.active(theirs)).isEmpty();
        mvc.perform(get(path(mine))).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsA400ProblemAndAssignedProvincesAreRefused() throws Exception {
        ApplicationNumber number = testApplications.submitStudent(ESKISEHIR);
        String token = tokens.issue(number);
        mvc.perform(as(book(number, "99", freeDays().getFirst()), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("province"));
        mvc.perform(as(put(path(number)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"province\": \"26\", \"date\": 20270101}"), token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(as(put(path(number)).contentType(MediaType.APPLICATION_JSON).content("{\"province\": "), token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(book(number, "34", freeDays().getFirst()), token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ASSIGNED_BY_DIRECTORATE"));
        assertThat(appointments.active(number)).isEmpty();
    }

    private List<LocalDate> freeDays() {
        return directorates.places(ESKISEHIR, appointments.firstBookableDay(), appointments.lastBookableDay())
                .stream().filter(DayPlaces::available).map(DayPlaces::date).toList();
    }

    private static String path(ApplicationNumber number) {
        return "/api/v1/residence/applications/" + number.formatted() + "/appointment";
    }

    private static MockHttpServletRequestBuilder book(ApplicationNumber number, String province, LocalDate date) {
        return put(path(number)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"province\": \"" + province + "\", \"date\": \"" + date + "\"}");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
