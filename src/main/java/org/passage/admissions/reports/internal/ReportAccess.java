package org.passage.admissions.reports.internal;

import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who reads the desk's reports: the registrar (or an admin) of the university, for that university only. */
final class ReportAccess {

    private ReportAccess() {
    }

    /** The university whose reports the member of staff reads; otherwise 403. */
    static String university(StaffPrincipal staff) {
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return staff.admissionUniversityAs(StaffRole.REGISTRAR, StaffRole.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
