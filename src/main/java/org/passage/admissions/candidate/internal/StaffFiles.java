package org.passage.admissions.candidate.internal;

import java.util.List;
import java.util.Optional;
import org.passage.admissions.desk.AdmissionApplication;
import org.passage.admissions.desk.AdmissionApplications;
import org.passage.admissions.desk.AdmissionNumber;
import org.passage.admissions.desk.AdmissionQueue;
import org.passage.staff.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application and its candidate's file as staff reach them: only a file in the member of
 * staff's queue; any other number is not found, as if it did not exist.
 */
@Component
class StaffFiles {

    private final AdmissionQueue queue;
    private final AdmissionApplications applications;
    private final CandidateFiles files;

    StaffFiles(AdmissionQueue queue, AdmissionApplications applications, CandidateFiles files) {
        this.queue = queue;
        this.applications = applications;
        this.files = files;
    }

    AdmissionApplication visible(StaffPrincipal staff, String number) {
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionNumber parsed;
        try {
            parsed = new AdmissionNumber(number);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdmissionQueue.Scope scope = AdmissionQueue.Scope.of(staff)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!queue.contains(scope, parsed)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return applications.find(parsed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The candidate's file the application belongs to, if the candidate applied through their pages. */
    Optional<CandidateFile> file(AdmissionApplication application) {
        return files.ofIntake(application.candidateEmail(), application.university(), application.intake());
    }

    List<CandidateFiles.Upload> uploads(AdmissionApplication application) {
        return file(application).map(f -> files.uploads(f.id())).orElse(List.of());
    }
}
