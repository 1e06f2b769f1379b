package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passage.PassageApplication;
import org.passage.PassageIntegrationTest;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationState;
import org.passage.residence.ResidenceApplications;
import org.passage.residence.TestApplications;
import org.passage.residence.application.ApplicationJourney;
import org.passage.residence.application.Transition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ankara's dates are assigned by two application nodes at once: this test's context and a second,
 * complete Spring context started on the same database. Each application must be assigned exactly
 * once, in submission order, and no day may get more bookings than places.
 */
@PassageIntegrationTest
class TwoNodesAssignDatesIntegrationTest {

    static final ProvinceCode ANKARA = ProvinceCode.ANKARA;
    static final int APPLICATIONS = 12;
    static final int PLACES_PER_DAY = 3;

    static ConfigurableApplicationContext secondNode;

    @Autowired
    TestApplications testApplications;
    @Autowired
    DirectorateAssignments assignments;
    @Autowired
    AppointmentJobs jobs;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;
    @Autowired
    ResidenceApplications residence;
    @Autowired
    ApplicationJourney journey;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(PassageApplication.class)
                .initializers(new TestMailbox())
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void twoNodesAssigningAtOnceAssignEachApplicationOnceInSubmissionOrderWithinThePlaces() throws Exception {
        Runnable node1 = assignments::assignWaiting;
        Runnable node2 = secondNode.getBean(DirectorateAssignments.class)::assignWaiting;
        assertAssignedOnceInOrder(node1, node2);
    }

    @Test
    void theScheduledJobRunsOnOneNodeAtATimeAndAssignsEachApplicationOnce() throws Exception {
        Runnable node1 = jobs::assignDates;
        Runnable node2 = secondNode.getBean(AppointmentJobs.class)::assignDates;
        assertAssignedOnceInOrder(node1, node2);
    }

    private void assertAssignedOnceInOrder(Runnable node1, Runnable node2) throws Exception {
        assignments.assignWaiting();
        List<ApplicationNumber> queued = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            queued.add(testApplications.submitStudent(ANKARA));
        }
        List<LocalDate> expected = fewPlacesOnTheNextFreeDays();

        runAtOnce(node1, node2, node1, node2);

        List<LocalDate> assigned = new ArrayList<>();
        for (ApplicationNumber number : queued) {
            List<Appointment> history = appointments.history(number);
            assertThat(history).as(number.formatted()).hasSize(1);
            assertThat(history.getFirst().status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(history.getFirst().createdBy()).isEqualTo(DirectorateAssignments.ASSIGNER);
            assertThat(residence.find(number).orElseThrow().state()).isEqualTo(ApplicationState.APPOINTMENT_BOOKED);
            assertThat(journey.history(number)).extracting(Transition::action).containsOnlyOnce("APPOINTMENT_BOOKED");
            assigned.add(history.getFirst().date());
            String email = residence.find(number).orElseThrow().contact().email();
            assertThat(Mails.await(email, subject -> subject.startsWith("Your appointment on ")).text())
                    .contains("has given you an appointment", "Province: Ankara");
        }
        assertThat(assigned).isEqualTo(expected);
        assertThat(waiting()).isZero();
        Map<LocalDate, Integer> overbooked = new LinkedHashMap<>();
        directorates.places(ANKARA, appointments.firstBookableDay(), appointments.firstBookableDay().plusDays(200))
                .stream().filter(d -> d.booked() > d.capacity()).forEach(d -> overbooked.put(d.date(), d.booked()));
        assertThat(overbooked).isEmpty();
    }

    /**
     * Gives the next business days with room {@value #PLACES_PER_DAY} free places each and returns
     * the dates the queue must get, in submission order.
     */
    private List<LocalDate> fewPlacesOnTheNextFreeDays() {
        List<DayPlaces> free = directorates.places(ANKARA, appointments.firstBookableDay(),
                appointments.firstBookableDay().plusDays(200)).stream().filter(DayPlaces::available).toList();
        List<LocalDate> expected = new ArrayList<>();
        for (DayPlaces day : free) {
            if (expected.size() == APPLICATIONS) {
                break;
            }
            directorates.setPlacesOn(ANKARA, day.date(), day.booked() + PLACES_PER_DAY);
            for (int i = 0; i < PLACES_PER_DAY && expected.size() < APPLICATIONS; i++) {
                expected.add(day.date());
            }
        }
        return expected;
    }

    private static void runAtOnce(Runnable... nodes) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Runnable node : nodes) {
            running.add(threads.submit(() -> {
                start.await();
                node.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();
    }

    private int waiting() {
        return jdbc.sql("SELECT count(*) FROM appointment_application WHERE province = ? AND awaiting_assignment")
                .param(ANKARA.value()).query(Integer.class).single();
    }
}
