package org.passage.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.Actor;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.StatusSection;
import org.passage.residence.StatusSection.StatusAction;
import org.passage.residence.StatusSection.StatusLine;
import org.passage.residence.TestApplications;
import org.springframework.beans.factory.annotation.Autowired;

/** The appointment part of the applicant's status page, API and registration document. */
@PassageIntegrationTest
class AppointmentStatusSectionIntegrationTest {

    static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    java.util.List<ApplicationStatusContributor> contributors;
    @Autowired
    TestApplications testApplications;
    @Autowired
    Appointments appointments;
    @Autowired
    Directorates directorates;

    StatusSection section(ApplicationNumber number, Locale locale) {
        return contributors.stream().map(c -> c.section(number, locale)).flatMap(java.util.Optional::stream)
                .filter(s -> s.key().equals("appointment")).findFirst().orElseThrow();
    }

    @Test
    void beforeBookingTheSectionOffersToBook() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        StatusSection section = section(number, Locale.ENGLISH);
        assertThat(section.title()).isEqualTo("Appointment");
        assertThat(section.lines()).containsExactly(new StatusLine("Date", "Not booked yet"));
        assertThat(section.actions()).containsExactly(new StatusAction("Book an appointment", "/appointments"));
        assertThat(section.data()).containsEntry("status", "NONE");
    }

    @Test
    void aBookedAppointmentShowsDateProvinceAndDirectorateWithChangeAndCancel() {
        ApplicationNumber number = testApplications.submitStudent(BURSA);
        var day = directorates.places(BURSA, appointments.firstBookableDay(), appointments.lastBookableDay()).stream()
                .filter(DayPlaces::available).toList().getLast().date();
        appointments.book(number, BURSA, day, Actor.applicant(number));

        StatusSection section = section(number, Locale.forLanguageTag("tr"));

        assertThat(section.lines()).extracting(StatusLine::label).containsExactly("Tarih", "İl", "Müdürlük", "Durum");
        assertThat(section.lines()).extracting(StatusLine::value)
                .contains("Bursa", "Bursa İl Göç İdaresi Müdürlüğü", "Alındı");
        assertThat(section.actions()).extracting(StatusAction::label)
                .containsExactly("Randevuyu değiştir", "Randevuyu iptal et");
        assertThat(section.data()).containsEntry("status", "BOOKED").containsEntry("date", day.toString())
                .containsEntry("province", "16").containsEntry("assignedByDirectorate", false);
    }

    @Test
    void inAnkaraTheSectionSaysTheDirectorateWillAssignADate() {
        ApplicationNumber number = testApplications.submitStudent(ProvinceCode.ANKARA);
        StatusSection section = section(number, Locale.GERMAN);
        assertThat(section.lines().getFirst().value())
                .isEqualTo("Die Provinzdirektion für Migrationsverwaltung Ankara vergibt Ihnen einen Termin und teilt ihn per E-Mail oder SMS mit.");
        assertThat(section.actions()).isEmpty();
        assertThat(section.data()).containsEntry("status", "AWAITING_ASSIGNMENT").containsEntry("assignedByDirectorate", true);
    }

    @Test
    void anApplicationNotSubmittedHasNoAppointmentSection() {
        ApplicationNumber draft = testApplications.draftStudent(BURSA);
        assertThat(contributors.stream().map(c -> c.section(draft, Locale.ENGLISH)).flatMap(java.util.Optional::stream)
                .filter(s -> s.key().equals("appointment"))).isEmpty();
    }
}
