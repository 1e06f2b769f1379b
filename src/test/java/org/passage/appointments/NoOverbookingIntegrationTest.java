package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.calendar.BusinessCalendar;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 200 applicants, each on their own thread, race for the last 10 places of a day on real PostgreSQL. */
@PassageIntegrationTest
class NoOverbookingIntegrationTest {

    static final ProvinceCode ADANA = new ProvinceCode("01");
    static final int APPLICANTS = 200;
    static final int PLACES_LEFT = 10;

    @Autowired
    TestApplications testApplications;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredConcurrentBookingsOfTenFreePlacesBookExactlyTenAndTellTheOthersTheDayIsFull() throws Exception {
        List<ApplicationNumber> numbers = submitted(APPLICANTS);
        LocalDate day = lastBusinessDayOfTheWindow();
        DayPlaces before = directorates.places(ADANA, day, day).getFirst();
        directorates.setPlacesOn(ADANA, day, before.booked() + PLACES_LEFT);

        ExecutorService threads = Executors.newFixedThreadPool(APPLICANTS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger full = new AtomicInteger();
        List<ApplicationNumber> booked = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Future<?>> running = new ArrayList<>();
        for (ApplicationNumber number : numbers) {
            running.add(threads.submit(() -> {
                start.await();
                try {
                    appointments.book(number, ADANA, day, Actor.applicant(number));
                    booked.add(number);
                } catch (AppointmentFullException e) {
                    full.incrementAndGet();
                } catch (Throwable e) {
                    unexpected.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(booked).hasSize(PLACES_LEFT);
        assertThat(full).hasValue(APPLICANTS - PLACES_LEFT);
        DayPlaces after = directorates.places(ADANA, day, day).getFirst();
        assertThat(after.booked()).isEqualTo(after.capacity()).isEqualTo(before.booked() + PLACES_LEFT);
        assertThat(placesHeldOn(day)).isEqualTo(after.booked());
        for (ApplicationNumber number : numbers) {
            boolean won = booked.contains(number);
            assertThat(residence.find(number).orElseThrow().state())
                    .isEqualTo(won ? ApplicationState.APPOINTMENT_BOOKED : ApplicationState.SUBMITTED);
            assertThat(appointments.history(number)).hasSize(won ? 1 : 0);
        }
    }

    private List<ApplicationNumber> submitted(int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<ApplicationNumber>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(threads.submit(() -> testApplications.submitStudent(ADANA)));
        }
        List<ApplicationNumber> numbers = new ArrayList<>();
        for (Future<ApplicationNumber> f : made) {
            numbers.add(f.get(2, TimeUnit.MINUTES));
        }
        threads.shutdown();
        return numbers;
    }

    private LocalDate lastBusinessDayOfTheWindow() {
        LocalDate day = appointments.lastBookableDay();
        while (!calendar.isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private int placesHeldOn(LocalDate day) {
        return jdbc.sql("""
                SELECT count(*) FROM appointment WHERE province = ? AND day = ?
                AND status IN ('BOOKED', 'ATTENDED', 'NO_SHOW')""")
                .params(ADANA.value(), day).query(Integer.class).single();
    }
}
