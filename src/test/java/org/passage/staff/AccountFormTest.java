package org.passage.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passage.text.FreeText;

class AccountFormTest {

    private static AccountForm form(String fullName, String university) {
        return new AccountForm("uni.office", fullName, null, List.of("UNIVERSITY_OFFICE"), List.of(), university, null, null);
    }

    @Test
    void aStaffNameOrUniversityWithARightToLeftOverrideIsRefusedWithTheSharedMessage() {
        assertThat(form("Ayşe\u202E Yılmaz", "Ankara University").problems(false))
                .containsEntry("fullName", FreeText.MESSAGE_KEY);
        assertThat(form("Ayşe Yılmaz", "Ankara\u2066 University").problems(false))
                .containsEntry("university", FreeText.MESSAGE_KEY);
        assertThat(form("Ayşe Yılmaz", "Ankara Üniversitesi").problems(false)).isEmpty();
    }
}
