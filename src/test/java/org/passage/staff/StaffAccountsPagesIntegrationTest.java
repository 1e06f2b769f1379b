package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.passage.PassageIntegrationTest;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditTrail;
import org.passage.audit.RecordedAuditEvent;
import org.passage.provinces.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class StaffAccountsPagesIntegrationTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Passwords passwords;
    @Autowired
    AuditTrail audit;

    @Test
    void anAdministratorCreatesAnOfficerOfTwoProvinces() throws Exception {
        StaffPrincipal admin = staff.admin();
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/staff").with(TestStaff.signedIn(admin)).with(csrf())
                        .param("username", username).param("fullName", "Ayşe Yılmaz")
                        .param("password", "violet tractor on a slow river").param("roles", "OFFICER")
                        .param("provinces", "16", "34").param("university", "ignored for officers"))
                .andExpect(redirectedUrl("/admin/staff/" + username));

        StaffAccount officer = accounts.find(username).orElseThrow();
        assertThat(officer.fullName()).isEqualTo("Ayşe Yılmaz");
        assertThat(officer.roles()).containsExactly(StaffRole.OFFICER);
        assertThat(officer.provinces()).containsExactly(BURSA, ProvinceCode.ISTANBUL);
        assertThat(officer.university()).isNull();
        assertThat(passwords.matches("violet tractor on a slow river", officer.passwordHash())).isTrue();
        RecordedAuditEvent created = audit.bySubject("staff:" + username, 1).getFirst();
        assertThat(created.action()).isEqualTo(StaffAdministration.CREATED);
        assertThat(created.actor()).isEqualTo(AuditActor.staff(admin.username()));
        assertThat(created.details()).containsEntry("provinces", java.util.List.of("16", "34"));
    }

    @Test
    void anAdministratorCreatesADeanOfTwoFacultiesOfAnAdmissionUniversity() throws Exception {
        String username = "dean-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/staff").with(TestStaff.signedIn(staff.admin())).with(csrf())
                        .param("username", username).param("fullName", "Prof. Deniz Kaya")
                        .param("password", "violet tractor on a slow river").param("roles", "DEAN")
                        .param("admissionUniversity", "koc").param("faculties", "medicine, LAW"))
                .andExpect(redirectedUrl("/admin/staff/" + username));

        StaffPrincipal dean = accounts.find(username).orElseThrow().principal();
        assertThat(dean.roles()).containsExactly(StaffRole.DEAN);
        assertThat(dean.admissionUniversity()).isEqualTo("KOC");
        assertThat(dean.faculties()).containsExactlyInAnyOrder("MEDICINE", "LAW");
        assertThat(dean.authorities()).extracting(Object::toString).containsExactly("ROLE_DEAN");
    }

    @Test
    void aRegistrarWithoutAUniversityAndADeanWithoutAFacultyAreRefused() throws Exception {
        String page = mvc.perform(post("/admin/staff?lang=en").with(TestStaff.signedIn(staff.admin())).with(csrf())
                        .param("username", "dean-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("fullName", "Someone").param("password", "violet tractor on a slow river")
                        .param("roles", "REGISTRAR", "DEAN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#admissionUniversity\"", "href=\"#faculties\"");
    }

    @Test
    void theDatabaseRefusesADeanWithoutFaculties() {
        String username = "dean-" + UUID.randomUUID().toString().substring(0, 8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.insert(username, "No Faculty",
                passwords.hash("violet tractor on a slow river"), new StaffAdministration.Profile("No Faculty",
                        java.util.Set.of(StaffRole.DEAN), java.util.List.of(), null, "KOC", java.util.List.of())))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aSignedInDeanKeepsUniversityAndFacultiesInTheSession() throws Exception {
        StaffPrincipal dean = staff.dean("KOC", "MEDICINE");

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(dean);
        }
        Object back = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();

        assertThat(back).isEqualTo(dean);
    }

    @Test
    void aFormWithProblemsIsShownAgainWithEachProblem() throws Exception {
        String page = mvc.perform(post("/admin/staff?lang=en").with(TestStaff.signedIn(staff.admin())).with(csrf())
                        .param("username", "No Spaces").param("fullName", "")
                        .param("password", "short").param("roles", "OFFICER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Error: Create a staff account", "href=\"#username\"", "href=\"#fullName\"",
                "Enter a password of at least 12 characters", "Choose at least one province for an officer");
        assertThat(page).doesNotContain("value=\"short\"");
    }

    @Test
    void aUserNameCannotBeTakenTwice() throws Exception {
        StaffPrincipal existing = staff.officer(BURSA);

        String page = mvc.perform(post("/admin/staff?lang=en").with(TestStaff.signedIn(staff.admin())).with(csrf())
                        .param("username", existing.username()).param("fullName", "Someone Else")
                        .param("password", "violet tractor on a slow river").param("roles", "ADMIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This user name is taken");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        Cookie session = mvc.perform(post(StaffSignIn.SIGN_IN_PAGE).with(csrf())
                        .param("username", officer.username()).param("password", TestStaff.PASSWORD))
                .andExpect(redirectedUrl(StaffSignIn.HOME)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/staff/" + officer.username() + "/disable").with(TestStaff.signedIn(staff.admin()))
                .with(csrf())).andExpect(redirectedUrl("/admin/staff/" + officer.username()));

        assertThat(accounts.find(officer.username()).orElseThrow().enabled()).isFalse();
        mvc.perform(get("/staff").cookie(session)).andExpect(redirectedUrl(StaffSignIn.SIGN_IN_PAGE));
        assertThat(audit.bySubject("staff:" + officer.username(), 1).getFirst().action())
                .isEqualTo(StaffAdministration.DISABLED);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        StaffPrincipal admin = staff.admin();

        mvc.perform(post("/admin/staff/" + admin.username() + "/disable").with(TestStaff.signedIn(admin))
                .with(csrf())).andExpect(status().isBadRequest());

        assertThat(accounts.find(admin.username()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anAdministratorCannotTakeTheAdministratorRoleFromThemselves() throws Exception {
        StaffPrincipal admin = staff.admin();

        String page = mvc.perform(post("/admin/staff/" + admin.username() + "?lang=en").with(TestStaff.signedIn(admin))
                        .with(csrf()).param("fullName", "Me").param("roles", "OFFICER").param("provinces", "16"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("You cannot take the administrator role from your own account");
        assertThat(accounts.find(admin.username()).orElseThrow().roles()).containsExactly(StaffRole.ADMIN);
    }

    @Test
    void changingTheRolesIsAuditedWithWhatWasBefore() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(post("/admin/staff/" + officer.username()).with(TestStaff.signedIn(staff.admin())).with(csrf())
                        .param("fullName", "Ayşe Yılmaz").param("roles", "OFFICER", "UNIVERSITY_OFFICE")
                        .param("provinces", "34").param("university", "Uludağ University"))
                .andExpect(redirectedUrl("/admin/staff/" + officer.username()));

        StaffAccount changed = accounts.find(officer.username()).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(StaffRole.OFFICER, StaffRole.UNIVERSITY_OFFICE);
        assertThat(changed.provinces()).containsExactly(ProvinceCode.ISTANBUL);
        assertThat(changed.university()).isEqualTo("Uludağ University");
        RecordedAuditEvent event = audit.bySubject("staff:" + officer.username(), 1).getFirst();
        assertThat(event.action()).isEqualTo(StaffAdministration.CHANGED);
        assertThat(event.details()).containsEntry("provincesBefore", java.util.List.of("16"))
                .containsEntry("rolesBefore", java.util.List.of("OFFICER"));
    }

    @Test
    void aNewPasswordSetByAnAdministratorSignsIn() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);

        mvc.perform(post("/admin/staff/" + officer.username() + "/password").with(TestStaff.signedIn(staff.admin()))
                .with(csrf()).param("newPassword", "seven purple kites at dawn"))
                .andExpect(redirectedUrl("/admin/staff/" + officer.username()));

        mvc.perform(post(StaffSignIn.SIGN_IN_PAGE).with(csrf()).param("username", officer.username())
                .param("password", "seven purple kites at dawn")).andExpect(redirectedUrl(StaffSignIn.HOME));
    }

    @Test
    void aWeakNewPasswordIsRefused() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);

        String page = mvc.perform(post("/admin/staff/" + officer.username() + "/password?lang=en")
                        .with(TestStaff.signedIn(staff.admin())).with(csrf()).param("newPassword", "password1234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This password is too common");
    }

    @Test
    void unlockingLiftsTheLock() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);
        for (int i = 0; i < 5; i++) {
            accounts.recordFailure(officer.username(), new StaffProperties.Lockout(5,
                    java.time.Duration.ofMinutes(5), java.time.Duration.ofHours(24)));
        }
        assertThat(accounts.find(officer.username()).orElseThrow().locked()).isTrue();

        mvc.perform(post("/admin/staff/" + officer.username() + "/unlock").with(TestStaff.signedIn(staff.admin()))
                .with(csrf())).andExpect(redirectedUrl("/admin/staff/" + officer.username()));

        assertThat(accounts.find(officer.username()).orElseThrow().locked()).isFalse();
    }

    @Test
    void theAccountsPageListsTheAccounts() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);

        String page = mvc.perform(get("/admin/staff?lang=en").with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(officer.username(), "Directorate officer");
    }

    @Test
    void anAccountPageShowsTheAccount() throws Exception {
        StaffPrincipal office = staff.universityOffice("Uludağ University");

        String page = mvc.perform(get("/admin/staff/" + office.username() + "?lang=en")
                        .with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Staff account " + office.username(), "value=\"Uludağ University\"", "Active");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/staff/nobody-here").with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAuditPageShowsTheEventsOfASubject() throws Exception {
        StaffPrincipal officer = staff.officer(BURSA);

        String page = mvc.perform(get("/admin/audit?lang=en").param("subject", "staff:" + officer.username())
                        .with(TestStaff.signedIn(staff.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Staff account created", "staff:" + officer.username())
                .doesNotContain(">" + StaffAdministration.CREATED + "<");
    }
}
