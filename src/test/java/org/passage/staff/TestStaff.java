package org.passage.staff;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.passage.audit.AuditActor;
import org.passage.provinces.ProvinceCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real staff accounts for tests of any module, each with its own user name, and a way to act as one
 * in MockMvc without signing in.
 */
@Component
public class TestStaff {

    /** The password of every account made here. */
    public static final String PASSWORD = "correct horse battery staple";

    private final StaffAdministration administration;
    private final StaffAccounts accounts;

    TestStaff(StaffAdministration administration, StaffAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    /** A new officer of {@code provinces}. */
    public StaffPrincipal officer(ProvinceCode... provinces) {
        return create("officer", Set.of(StaffRole.OFFICER), List.of(provinces), null);
    }

    /** A new international office of {@code university}. */
    public StaffPrincipal universityOffice(String university) {
        return create("uni", Set.of(StaffRole.UNIVERSITY_OFFICE), List.of(), university);
    }

    /** A new counter clerk of the German visa application centre. */
    public StaffPrincipal visaCentre() {
        return create("centre", Set.of(StaffRole.VISA_CENTRE), List.of(), null);
    }

    /** A new visa officer of the German consulate. */
    public StaffPrincipal consulate() {
        return create("consulate", Set.of(StaffRole.CONSULATE), List.of(), null);
    }

    /** A new administrator. */
    public StaffPrincipal admin() {
        return create("admin", Set.of(StaffRole.ADMIN), List.of(), null);
    }

    /** A new registrar's office of the admission university {@code university} (e.g. {@code KOC}). */
    public StaffPrincipal registrar(String university) {
        return admissionDesk("registrar", Set.of(StaffRole.REGISTRAR), university, List.of());
    }

    /** A new committee member of the admission university {@code university}. */
    public StaffPrincipal committeeMember(String university) {
        return admissionDesk("committee", Set.of(StaffRole.COMMITTEE_MEMBER), university, List.of());
    }

    /** A new dean of {@code faculties} of the admission university {@code university}. */
    public StaffPrincipal dean(String university, String... faculties) {
        return admissionDesk("dean", Set.of(StaffRole.DEAN), university, List.of(faculties));
    }

    /**
     * A new administrator of the admission university {@code university}: an admin who also keeps its
     * register, standing for the university's boards and academic affairs.
     */
    public StaffPrincipal universityAdmin(String university) {
        return admissionDesk("uniadmin", Set.of(StaffRole.ADMIN, StaffRole.REGISTRAR), university, List.of());
    }

    private StaffPrincipal admissionDesk(String prefix, Set<StaffRole> roles, String university,
            List<String> faculties) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(AuditActor.system("test"), username, PASSWORD,
                new StaffAdministration.Profile("Test " + prefix, roles, List.of(), null, university, faculties));
        return accounts.find(username).orElseThrow().principal();
    }

    StaffPrincipal create(String prefix, Set<StaffRole> roles, List<ProvinceCode> provinces, String university) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(AuditActor.system("test"), username, PASSWORD,
                new StaffAdministration.Profile("Test " + prefix, roles, provinces, university));
        return accounts.find(username).orElseThrow().principal();
    }

    /** Acts in MockMvc as the signed-in {@code staff}. */
    public static RequestPostProcessor signedIn(StaffPrincipal staff) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.authorities()));
    }
}
