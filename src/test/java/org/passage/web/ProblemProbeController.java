package org.passage.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API endpoints that prove the JSON error handling. */
@RestController
class ProblemProbeController {

    enum Kind { STUDENT, FAMILY }

    record Applicant(@NotBlank String name, @NotNull @Past LocalDate birthDate) {
    }

    record Application(@NotNull @Valid Applicant applicant, @NotNull Kind kind, @Min(1) int count) {
    }

    @PostMapping(path = "/api/test/applications", consumes = "application/json")
    Map<String, Object> accept(@Valid @RequestBody Application application) {
        return Map.of("accepted", application.applicant().name());
    }

    @GetMapping("/api/test/module-problem")
    void moduleProblem() {
        // What another module does without depending on web.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "Not eligible.");
        problem.setProperty("errors", List.of(Map.of("field", "applicant.birthDate", "message", "Too young.")));
        throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    @GetMapping("/api/test/failure")
    void failure() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @PostMapping("/test/page-form")
    void pageForm() {
    }

    @GetMapping("/test/page-number")
    String pageNumber(@RequestParam int number) {
        return String.valueOf(number);
    }

    @GetMapping("/test/page-failure")
    void pageFailure() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}
