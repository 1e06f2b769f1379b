package org.passage.appointments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.appointments.AppointmentRefusedException.Reason;
import org.passage.provinces.Province;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.passage.residence.Actor;
import org.passage.residence.ApiApplicants;
import org.passage.residence.ApplicantPrincipal;
import org.passage.residence.ApplicationNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's appointment through the API, by the same rules as the page: free days with their
 * places per province, booking or moving to a day, cancelling; in Istanbul and Ankara the
 * directorate assigns the date. Only the applicant whose bearer token opens the application may
 * call it; any other application is 404. Refusals are problems with the refusal's {@code reason}.
 */
@RestController
@RequestMapping("/api/v1/residence/applications/{number}/appointment")
@Tag(name = "e-residence: appointment")
@SecurityRequirement(name = ApiApplicants.BEARER_SCHEME)
class AppointmentApiController {

    record AppointmentJson(LocalDate date, String province, String directorate, String status,
            boolean changeable, boolean assignedByDirectorate) {
    }

    record Overview(@Nullable AppointmentJson appointment, @Nullable String homeProvince,
            boolean datesAssignedByDirectorate) {
    }

    record Day(LocalDate date, int remaining, boolean available) {
    }

    record Days(String province, String directorate, List<Day> days) {
    }

    record BookingRequest(@NotBlank @Size(max = 2) String province, @NotNull LocalDate date) {
    }

    private final Appointments appointments;
    private final Directorates directorates;
    private final Provinces provinces;
    private final AppointmentTexts texts;
    private final java.time.Clock clock;

    AppointmentApiController(Appointments appointments, Directorates directorates, Provinces provinces,
            AppointmentTexts texts, java.time.Clock clock) {
        this.appointments = appointments;
        this.directorates = directorates;
        this.provinces = provinces;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The application's booked appointment, if any, and its home province")
    Overview appointment(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        Optional<ProvinceCode> home = appointments.provinceOf(own);
        return new Overview(appointments.active(own).map(a -> json(a, locale)).orElse(null),
                home.map(ProvinceCode::value).orElse(null), home.map(Directorate::assignsDates).orElse(false));
    }

    @GetMapping("/days")
    @Operation(summary = "The bookable days of a province's directorate with their free places "
            + "(default: the application's home province)")
    Days days(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            @RequestParam(required = false) String province, Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        ProvinceCode home = appointments.provinceOf(own)
                .orElseThrow(() -> new AppointmentRefusedException(Reason.NOT_SUBMITTED));
        ProvinceCode chosen = province == null ? home : choosable(province, locale);
        if (Directorate.assignsDates(home) || Directorate.assignsDates(chosen)) {
            throw new AppointmentRefusedException(Reason.ASSIGNED_BY_DIRECTORATE);
        }
        return new Days(chosen.value(), texts.directorate(chosen, locale),
                directorates.places(chosen, appointments.firstBookableDay(), appointments.lastBookableDay())
                        .stream().map(d -> new Day(d.date(), d.remaining(), d.available())).toList());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book a day, or move the booked appointment to another day (the same day again changes nothing)")
    AppointmentJson book(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number,
            @Valid @RequestBody BookingRequest request, Locale locale) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        ProvinceCode province = choosable(request.province(), locale);
        return json(appointments.book(own, province, request.date(), Actor.applicant(own)), locale);
    }

    @DeleteMapping
    @Operation(summary = "Cancel the booked appointment before its day")
    ResponseEntity<Void> cancel(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String number) {
        ApplicationNumber own = ApiApplicants.own(applicant, number);
        appointments.cancel(own, Actor.applicant(own), null);
        return ResponseEntity.noContent().build();
    }

    /** A province an applicant may choose; an unknown code is a 400 naming the field. */
    private ProvinceCode choosable(String code, Locale locale) {
        Optional<ProvinceCode> province = provinces.find(code).map(Province::code);
        if (province.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setProperty("reason", Reason.UNKNOWN_PROVINCE.name());
            problem.setProperty("errors", List.of(Map.of("field", "province",
                    "message", texts.text(Reason.UNKNOWN_PROVINCE.messageKey(), locale))));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null,
                    Reason.UNKNOWN_PROVINCE.messageKey(), null);
        }
        return province.get();
    }

    private AppointmentJson json(Appointment a, Locale locale) {
        return new AppointmentJson(a.date(), a.province().value(), texts.directorate(a.province(), locale),
                a.status().name(), a.changeableByApplicant(LocalDate.now(clock)), a.assignedByDirectorate());
    }
}
