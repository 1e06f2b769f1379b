package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A centre's staff bound to their centre see and act on its files only: another centre's file is
 * missing from their counter list, and its steps and papers read as 404.
 */
@PassageIntegrationTest
class VisaCentreReachIntegrationTest {

    @Autowired
    org.passage.calendar.BusinessCalendar calendar;
    @Autowired
    VisaCentres centres;
    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    UUID bookedAt(String centre) throws Exception {
        String email = VisaFiling.newEmail();
        UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
        filing.uploadAllBut(mvc, email, file);
        desk.book(email, file, centre, FreeDays.withPlaces(jdbc, calendar, centres, centre, filing.openDay().plusDays(7), 1, 1));
        return file;
    }

    RequestPostProcessor boundTo(String centre) {
        StaffPrincipal account = staff.visaCentre();
        jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)").params(account.username(), centre)
                .update();
        return TestStaff.signedIn(account);
    }

    static String number(UUID file) {
        return file.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void aBoundAccountSeesAndActsOnItsCentresFilesOnly() throws Exception {
        UUID ankara = bookedAt("ANK");
        UUID istanbul = bookedAt("IST");
        RequestPostProcessor ankaraDesk = boundTo("ANK");

        mvc.perform(get("/staff/visa/centre?lang=en").with(ankaraDesk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number(ankara))))
                .andExpect(content().string(not(containsString(number(istanbul)))));
        mvc.perform(post("/staff/visa/centre/" + istanbul + "/RECEIVE").with(ankaraDesk).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/staff/visa/centre/" + istanbul + "/INCOMPLETE").param("note", "passport")
                .with(ankaraDesk).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/staff/visa/centre/" + istanbul + "/SEND_BY_COURIER").param("tracking", "YK-1")
                .with(ankaraDesk).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/staff/visa/centre/" + istanbul + "/READY_FOR_COLLECTION")
                .with(ankaraDesk).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/staff/visa/centre/" + istanbul + "/cover.pdf").with(ankaraDesk))
                .andExpect(status().isNotFound());
        assertThat(filing.status(istanbul)).isEqualTo("BOOKED");

        mvc.perform(get("/staff/visa/centre/" + ankara + "/cover.pdf").with(ankaraDesk)).andExpect(status().isOk());
        mvc.perform(post("/staff/visa/centre/" + ankara + "/RECEIVE").with(ankaraDesk).with(csrf()))
                .andExpect(redirectedUrl("/staff/visa/centre"));
        assertThat(filing.status(ankara)).isEqualTo("RECEIVED");
    }

    @Test
    void anAccountBoundToTwoCentresSeesBoth() throws Exception {
        UUID ankara = bookedAt("ANK");
        UUID izmir = bookedAt("IZM");
        StaffPrincipal account = staff.visaCentre();
        for (String centre : new String[] {"ANK", "IZM"}) {
            jdbc.sql("INSERT INTO visa_centre_staff (username, centre) VALUES (?, ?)")
                    .params(account.username(), centre).update();
        }

        mvc.perform(get("/staff/visa/centre?lang=en").with(TestStaff.signedIn(account)))
                .andExpect(content().string(containsString(number(ankara))))
                .andExpect(content().string(containsString(number(izmir))));
    }
}
