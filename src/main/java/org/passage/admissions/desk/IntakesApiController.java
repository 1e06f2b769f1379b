package org.passage.admissions.desk;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.passage.calendar.TurkiyeTime;
import org.passage.places.Places;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public, read-only part of the admission API: the intakes open for applications today and the
 * programmes each offers with its foreign-student quota and the places still free.
 */
@RestController
class IntakesApiController {

    record IntakeView(String university, String code, int academicYear, Term term, LocalDate opensOn,
            LocalDate closesOn, LocalDate respondBy, LocalDate startsOn) {

        static IntakeView of(Intake i) {
            return new IntakeView(i.university(), i.code(), i.academicYear(), i.term(), i.opensOn(), i.closesOn(),
                    i.respondBy(), i.startsOn());
        }
    }

    record ProgrammeView(String code, String name, String faculty, String languageOfInstruction,
            int durationSemesters, int foreignQuota, int freePlaces, BigDecimal tuitionAmount,
            String tuitionCurrency) {
    }

    private final Intakes intakes;
    private final Places places;
    private final Clock clock;

    IntakesApiController(Intakes intakes, Places places, Clock clock) {
        this.intakes = intakes;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admissions/intakes")
    @Operation(summary = "The intakes of every university open for applications today")
    List<IntakeView> open() {
        return intakes.openOn(LocalDate.now(clock.withZone(TurkiyeTime.ZONE))).stream().map(IntakeView::of).toList();
    }

    @GetMapping("/api/v1/admissions/universities/{university}/intakes/{intake}/programmes")
    @Operation(summary = "The programmes of an intake with a foreign-student quota, their quotas and free places")
    List<ProgrammeView> programmes(@PathVariable String university, @PathVariable String intake, Locale locale) {
        if (!university.matches("[A-Z][A-Z0-9_]{1,19}") || !intake.matches("[0-9]{4}-[A-Z_]{3,10}")
                || intakes.find(university, intake).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such intake");
        }
        return intakes.programmes(university, intake).stream().map(p -> {
            int taken = places.of(Intakes.quotaPool(university, intake, p.code())).map(x -> x.taken()).orElse(0);
            return new ProgrammeView(p.code(), p.name().in(locale), p.faculty(), p.languageOfInstruction(),
                    p.durationSemesters(), p.foreignQuota(), Math.max(0, p.foreignQuota() - taken), p.tuitionAmount(),
                    p.tuitionCurrency());
        }).toList();
    }
}
