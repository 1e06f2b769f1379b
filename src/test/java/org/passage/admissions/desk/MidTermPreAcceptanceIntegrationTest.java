package org.passage.admissions.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.admissions.desk.AdmissionRefusedException.Reason;
import org.passage.admissions.desk.TestUniversities.Programme;
import org.passage.admissions.letters.AcceptanceLetter;
import org.passage.admissions.letters.AcceptanceLetters;
import org.passage.calendar.TurkiyeTime;
import org.passage.places.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.passage.staff.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mid-term pre-acceptances (§7.9): a university's pre-acceptances for the next academic year stay
 * within a third of the previous year's foreign-student quota, held by the database under concurrency.
 */
@PassageIntegrationTest
class MidTermPreAcceptanceIntegrationTest {

    static final String MID_TERM = "2027-MID_TERM";
    static final Decision ADMIT = new Decision(Decision.Outcome.ADMIT, "committee.test", "dean.test", null, null);

    @Autowired
    TestUniversities universities;
    @Autowired
    AdmissionDesk desk;
    @Autowired
    Places places;
    @Autowired
    AcceptanceLetters letters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;

    /** A university with PHYSICS and CHEMISTRY (30 places each) in the fall and the mid-term intake of 2027. */
    String university() {
        String u = universities.create(List.of(Programme.of("PHYSICS", 30), Programme.of("CHEMISTRY", 30)));
        LocalDate today = LocalDate.now(clock.withZone(TurkiyeTime.ZONE));
        jdbc.sql("""
                INSERT INTO admission_intake (university, code, academic_year, term, opens_on, closes_on, response_by,
                    registration_from, registration_to, starts_on)
                VALUES (?, ?, 2027, 'MID_TERM', ?, ?, ?, ?, ?, ?)""")
                .params(u, MID_TERM, today.minusDays(10), today.plusDays(10), today.plusDays(30), today.plusDays(20),
                        today.plusDays(60), today.plusDays(200))
                .update();
        for (String programme : List.of("PHYSICS", "CHEMISTRY")) {
            jdbc.sql("INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota)"
                    + " VALUES (?, ?, ?, 30)").params(u, MID_TERM, programme).update();
        }
        return u;
    }

    /** The previous year's register line of the programme with its foreign quota. */
    void registerPreviousYear(String university, String programme, int foreignQuota) {
        jdbc.sql("""
                INSERT INTO admission_quota_register (university, academic_year, programme, previous_osys_quota,
                    osys_source, foreign_quota, rulebook_version, recorded_by, recorded_at)
                VALUES (?, 2026, ?, 100, 'ÖSYS 2025 Tercih Kılavuzu', ?, 'test', 'registrar.test', now())""")
                .params(university, programme, foreignQuota).update();
    }

    AdmissionNumber forwarded(String university, String intake, String programme) {
        AdmissionNumber number = desk.apply(university, intake, List.of(programme),
                "mid-" + UUID.randomUUID() + "@example.org", "Ana Silva").getFirst();
        List<String> documents = RequiredDocuments.of(List.of(), false);
        desk.submit(number, new Submission("{}", "FOREIGN_NATIONAL", "DE", "2026.1"), documents, documents);
        desk.forward(number, AdmissionActor.staff("registrar.test"));
        return number;
    }

    @Test
    void concurrentMidTermAdmissionsStopExactlyAtOneThirdOfThePreviousYearsForeignQuota() throws Exception {
        String u = university();
        registerPreviousYear(u, "PHYSICS", 7);
        registerPreviousYear(u, "CHEMISTRY", 6);
        List<AdmissionNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            numbers.add(forwarded(u, MID_TERM, i % 2 == 0 ? "PHYSICS" : "CHEMISTRY"));
        }

        ConcurrentDecisions.Outcome outcome = ConcurrentDecisions.decideAtOnce(desk, numbers, ADMIT,
                Reason.MID_TERM_OVER_THIRD);

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.decided()).as("13 / 3, rounded down").isEqualTo(4);
        assertThat(outcome.refused()).isEqualTo(8);
        assertThat(places.of(Intakes.midTermPool(u, 2027))).get()
                .satisfies(p -> assertThat(p.taken()).isEqualTo(4));
    }

    @Test
    void theFallIntakeDoesNotCountAgainstTheMidTermLineAndADeclinedPreAcceptanceFreesItsPlace() {
        String u = university();
        registerPreviousYear(u, "PHYSICS", 3);
        AdmissionNumber fall = forwarded(u, TestUniversities.INTAKE, "PHYSICS");
        AdmissionNumber first = forwarded(u, MID_TERM, "PHYSICS");
        AdmissionNumber second = forwarded(u, MID_TERM, "PHYSICS");

        desk.decide(fall, ADMIT);
        desk.decide(first, ADMIT);
        assertThatThrownBy(() -> desk.decide(second, ADMIT)).isInstanceOfSatisfying(AdmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MID_TERM_OVER_THIRD));

        desk.declineOffer(first);
        desk.decide(second, ADMIT);
        assertThat(places.of(Intakes.midTermPool(u, 2027))).get().satisfies(p -> assertThat(p.taken()).isEqualTo(1));
    }

    @Test
    void withoutAPreviousYearsRegisterNoPreAcceptanceCanBeGiven() {
        String u = university();
        AdmissionNumber number = forwarded(u, MID_TERM, "PHYSICS");

        assertThatThrownBy(() -> desk.decide(number, ADMIT)).isInstanceOfSatisfying(AdmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MID_TERM_OVER_THIRD));
    }

    @Test
    void thePreAcceptanceLetterSaysTheStudentStartsInTheFollowingFallSemester() throws Exception {
        String u = university();
        registerPreviousYear(u, "PHYSICS", 30);
        AdmissionNumber number = forwarded(u, MID_TERM, "PHYSICS");
        desk.decide(number, ADMIT);
        AcceptanceLetter letter = letters.issue(number, "registrar.test");

        for (String[] language : new String[][] {{"en", "fall semester of the 2027-2028 academic year"},
                {"tr", "2027-2028 akademik yılının güz döneminde"}, {"de", "Wintersemester des Studienjahres 2027-2028"}}) {
            byte[] pdf = letters.pdf(letter, "https://passage.example/verify/" + letter.code().value(),
                    Locale.forLanguageTag(language[0]));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(language[1]);
            }
        }
    }

    @Test
    void theQuotaRegisterOfTheStartingYearShowsTheMidTermLine() throws Exception {
        String u = university();
        registerPreviousYear(u, "PHYSICS", 30);
        desk.decide(forwarded(u, MID_TERM, "PHYSICS"), ADMIT);

        String page = mvc.perform(get("/staff/admissions/quotas?year=2027&lang=en")
                .with(TestStaff.signedIn(staff.registrar(u)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Mid-term pre-acceptances for this academic year: 1 of at most 10");
    }
}
