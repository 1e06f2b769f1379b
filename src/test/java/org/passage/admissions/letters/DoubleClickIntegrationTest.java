package org.passage.admissions.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionState;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Two clicks arriving together do the work once, and both show what the first one did. */
@PassageIntegrationTest
class DoubleClickIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    AdmissionFiles files;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    AdmissionApplications applications;
    @Autowired
    JdbcClient jdbc;

    /** Runs the task twice at the same moment and returns both results. */
    static <T> List<T> twiceAtOnce(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSimultaneousIssuesMakeOneLetterAndBothSeeItsCode() throws Exception {
        AdmissionNumber number = files.admitted(files.university(), "Jan Novak");

        List<AcceptanceLetter> issued = twiceAtOnce(() -> letters.issue(number, "registrar.test"));

        assertThat(issued.get(0).code()).isEqualTo(issued.get(1).code());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admission_letter WHERE number = ?").param(number.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoSimultaneousEnrolmentsEnrolOnceAndBothShowTheEnrolment() throws Exception {
        String university = files.university();
        StaffPrincipal registrar = staff.registrar(university);
        AdmissionNumber number = files.accepted(university, "Jan Novak");

        List<MvcResult> results = twiceAtOnce(() -> mvc.perform(post("/staff/admissions/" + number.value()
                + "/enrolment").with(TestStaff.signedIn(registrar)).with(csrf()).param("studentNumber", "S-77")
                .param("documentsChecked", "yes")).andReturn());

        assertThat(results).allSatisfy(r -> {
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/staff/admissions/" + number.value() + "/letter");
            assertThat(r.getFlashMap().get("done")).isIn("admissions.enrolment.done", "admissions.enrolment.already");
        });
        assertThat(applications.find(number).orElseThrow().state()).isEqualTo(AdmissionState.ENROLLED);
        assertThat(applications.history(number).stream().filter(t -> t.action().equals("ENROL")).count())
                .isEqualTo(1);
    }
}
