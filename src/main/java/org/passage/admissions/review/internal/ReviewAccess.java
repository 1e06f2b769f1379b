package org.passage.admissions.review.internal;

import org.passage.staff.StaffPrincipal;
import org.passage.staff.StaffRole;

/**
 * Who keeps the directive's review: the university's academic affairs. No role of its own exists;
 * an administrator bound to the university's admission desk stands for it, as for the boards' quota
 * transfers.
 */
final class ReviewAccess {

    private ReviewAccess() {
    }

    /** The university whose review the member of staff keeps, or null. */
    static String university(StaffPrincipal staff) {
        return staff == null ? null : staff.admissionUniversityAs(StaffRole.ADMIN).orElse(null);
    }
}
