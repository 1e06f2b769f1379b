package org.passage.staff;

import java.util.Locale;

import org.passage.provinces.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * What a member of staff may see. Officers see their provinces' applications, a university office
 * its own university's consenting students; administrators administer and see no cases unless they
 * hold one of those roles too. Usable in expressions as {@code @staffAccess}.
 */
@Component("staffAccess")
public class StaffAccess {

    /** Whether {@code staff} is an officer of {@code province}. */
    public boolean mayViewProvince(StaffPrincipal staff, ProvinceCode province) {
        return staff != null && province != null && staff.hasRole(StaffRole.OFFICER)
                && staff.provinces().contains(province);
    }

    /**
     * Whether {@code staff} is the international office of {@code university} (names compared
     * ignoring case and surrounding spaces). The student's consent is the caller's to check.
     */
    public boolean mayViewUniversity(StaffPrincipal staff, String university) {
        return staff != null && university != null && staff.university() != null
                && staff.hasRole(StaffRole.UNIVERSITY_OFFICE)
                && sameUniversity(staff.university(), university);
    }

    static boolean sameUniversity(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
