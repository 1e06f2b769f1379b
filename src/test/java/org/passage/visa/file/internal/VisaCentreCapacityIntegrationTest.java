package org.passage.visa.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.calendar.BusinessCalendar;
import org.passage.places.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applicants booking the last places of a centre's day at the same moment: exactly the day's
 * places are booked, every other applicant is told the day is full, and their files stay drafts.
 */
@PassageIntegrationTest
class VisaCentreCapacityIntegrationTest {

    static final String CENTRE = "IZM";
    static final int LAST_PLACES = 2;
    static final int APPLICANTS = 6;

    @Autowired
    MockMvc mvc;
    @Autowired
    VisaFiling filing;
    @Autowired
    VisaFileDesk desk;
    @Autowired
    VisaCentres centres;
    @Autowired
    Places places;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    /** A day of the centre no other test books: late in the booking window, on a business day. */
    LocalDate quietDay() {
        return FreeDays.withPlaces(jdbc, calendar, centres, CENTRE, desk.today().plusDays(VisaFileDesk.BOOKING_DAYS - 10),
                LAST_PLACES, -1);
    }

    int taken(LocalDate day) {
        return jdbc.sql("SELECT taken FROM place_pool WHERE pool = ?")
                .param(VisaFileDesk.pool(CENTRE, day).value()).query(Integer.class).single();
    }

    @Test
    void applicantsRacingForTheLastPlacesBookExactlyTheDaysPlaces() throws Exception {
        LocalDate day = quietDay();
        VisaCentres.Centre centre = centres.find(CENTRE).orElseThrow();
        int capacity = centres.placesOn(centre, day);
        assertThat(capacity).isGreaterThan(LAST_PLACES);
        int before = FreeDays.taken(jdbc, CENTRE, day);
        transaction.executeWithoutResult(s -> {
            for (int i = before; i < capacity - LAST_PLACES; i++) {
                assertThat(places.take(VisaFileDesk.pool(CENTRE, day), "earlier-" + UUID.randomUUID(), capacity))
                        .isTrue();
            }
        });
        List<String> emails = new ArrayList<>();
        List<UUID> files = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            String email = VisaFiling.newEmail();
            UUID file = filing.file(email, desk.today().minusMonths(1), new BigDecimal("12000"));
            filing.uploadAllBut(mvc, email, file);
            emails.add(email);
            files.add(file);
        }

        ExecutorService threads = Executors.newFixedThreadPool(APPLICANTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> bookings = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            String email = emails.get(i);
            UUID file = files.get(i);
            bookings.add(threads.submit(() -> {
                start.await();
                try {
                    desk.book(email, file, CENTRE, day);
                    return "booked";
                } catch (BookingRefusedException e) {
                    return e.getDetailMessageCode();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> booking : bookings) {
            outcomes.add(booking.get());
        }
        threads.shutdown();

        assertThat(outcomes).filteredOn("booked"::equals).hasSize(LAST_PLACES);
        assertThat(outcomes).filteredOn("visa.file.booking.full"::equals).hasSize(APPLICANTS - LAST_PLACES);
        assertThat(taken(day)).isEqualTo(capacity);
        assertThat(files.stream().map(filing::status)).filteredOn("BOOKED"::equals).hasSize(LAST_PLACES);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visa_file WHERE centre = ? AND appointment_on = ?")
                .params(CENTRE, day).query(Integer.class).single()).isEqualTo(LAST_PLACES);
    }
}
