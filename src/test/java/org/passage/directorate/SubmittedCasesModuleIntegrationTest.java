package org.passage.directorate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passage.notifications.TestMailbox;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationSubmitted;
import org.passage.residence.CaseListing;
import org.passage.residence.CaseQuery;
import org.passage.residence.TestApplications;
import org.passage.staff.StaffPrincipal;
import org.passage.staff.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.ContextConfiguration;

/**
 * The directorate module on its own (with the modules it needs and the database): an application
 * submitted ({@link ApplicationSubmitted}) and booked in a province reaches the queue of that
 * province's officers, and only theirs; submitted without an appointment, it is in no queue yet.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ContextConfiguration(initializers = TestMailbox.class)
class SubmittedCasesModuleIntegrationTest {

    private static final ProvinceCode IZMIR = new ProvinceCode("35");
    private static final ProvinceCode ANTALYA = new ProvinceCode("07");

    @Autowired
    Casework casework;
    @Autowired
    TestApplications applications;
    @Autowired
    TestStaff staff;
    /** Sessions are the web module's; staff administration ends them, which this test does not reach. */
    @MockitoBean
    FindByIndexNameSessionRepository<Session> sessions;

    @Test
    void aSubmittedApplicationWithoutAnAppointmentIsInNoQueueYet(Scenario scenario) {
        StaffPrincipal izmirOfficer = staff.officer(IZMIR);

        scenario.stimulate(() -> applications.submitStudent(IZMIR))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .toArriveAndVerify((event, number) ->
                        assertThat(casework.queue(izmirOfficer, query(number.value()))).isEmpty());
    }

    @Test
    void aSubmittedAndBookedApplicationReachesTheQueueOfItsProvincesOfficersOnly(Scenario scenario) {
        StaffPrincipal izmirOfficer = staff.officer(IZMIR);
        StaffPrincipal antalyaOfficer = staff.officer(ANTALYA);

        scenario.stimulate(() -> applications.booked(IZMIR))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .toArriveAndVerify((event, number) -> {
                    assertThat(event.province()).isEqualTo(IZMIR);
                    assertThat(casework.queue(izmirOfficer, query(number.value())))
                            .extracting(CaseListing::number).containsExactly(number);
                    assertThat(casework.queue(antalyaOfficer, query(number.value()))).isEmpty();
                });
    }

    private static CaseQuery query(String search) {
        return new CaseQuery(Set.of(IZMIR, ANTALYA), null, null, search, 10);
    }
}
