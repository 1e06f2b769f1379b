package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passage.provinces.ProvinceCode;

class StaffPrincipalTest {

    private static final ProvinceCode BURSA = new ProvinceCode("16");

    @Test
    void survivesTheSessionStore() throws Exception {
        StaffPrincipal officer = new StaffPrincipal("ayse", Set.of(StaffRole.OFFICER, StaffRole.ADMIN),
                Set.of(BURSA, ProvinceCode.ISTANBUL), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(officer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(officer);
        }
    }

    @Test
    void itsAuthoritiesAreTheRolesAndItsNameTheUserName() {
        StaffPrincipal staff = new StaffPrincipal("ayse", Set.of(StaffRole.OFFICER, StaffRole.ADMIN), Set.of(BURSA),
                null);

        assertThat(staff.authorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER", "ROLE_ADMIN");
        assertThat(staff.getName()).isEqualTo("ayse");
    }

    @Test
    void anOfficerMayViewOnlyTheirProvinces() {
        StaffAccess access = new StaffAccess();
        StaffPrincipal officer = new StaffPrincipal("ayse", Set.of(StaffRole.OFFICER), Set.of(BURSA), null);

        assertThat(access.mayViewProvince(officer, BURSA)).isTrue();
        assertThat(access.mayViewProvince(officer, ProvinceCode.ISTANBUL)).isFalse();
    }

    @Test
    void anAdministratorWithoutTheOfficerRoleMayViewNoProvince() {
        StaffPrincipal admin = new StaffPrincipal("root", Set.of(StaffRole.ADMIN), Set.of(BURSA), null);

        assertThat(new StaffAccess().mayViewProvince(admin, BURSA)).isFalse();
    }

    @Test
    void aUniversityOfficeMayViewOnlyItsOwnUniversityIgnoringCaseAndSpaces() {
        StaffAccess access = new StaffAccess();
        StaffPrincipal office = new StaffPrincipal("uni", Set.of(StaffRole.UNIVERSITY_OFFICE), Set.of(),
                "Uludağ University");

        assertThat(access.mayViewUniversity(office, " uludağ university ")).isTrue();
        assertThat(access.mayViewUniversity(office, "Bursa Technical University")).isFalse();
        assertThat(access.mayViewUniversity(office, null)).isFalse();
    }

    @Test
    void anOfficerMayViewNoUniversity() {
        StaffPrincipal officer = new StaffPrincipal("ayse", Set.of(StaffRole.OFFICER), Set.of(BURSA),
                "Uludağ University");

        assertThat(new StaffAccess().mayViewUniversity(officer, "Uludağ University")).isFalse();
    }
}
