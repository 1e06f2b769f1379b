package org.passage.staff;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passage.provinces.ProvinceCode;
import org.passage.text.FreeText;

/**
 * The account form of the administration pages, as posted. {@link #problems} gives each field's
 * message key; the password is checked only where the form has one.
 */
record AccountForm(String username, String fullName, String password, List<String> roles, List<String> provinces,
        String university, String admissionUniversity, String faculties) {

    /** A university's or faculty's code on the admission desk, e.g. {@code KOC} or {@code MEDICINE}. */
    static final java.util.regex.Pattern ADMISSION_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    AccountForm {
        admissionUniversity = admissionUniversity == null || admissionUniversity.isBlank() ? null
                : admissionUniversity.strip().toUpperCase(java.util.Locale.ROOT);
        faculties = faculties == null ? "" : faculties.strip().toUpperCase(java.util.Locale.ROOT);
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        fullName = fullName == null ? "" : fullName.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        university = university == null || university.isBlank() ? null : university.strip();
    }

    static AccountForm empty() {
        return new AccountForm(null, null, null, null, null, null, null, null);
    }

    static AccountForm of(StaffAccount account) {
        return new AccountForm(account.username(), account.fullName(), null,
                account.roles().stream().sorted().map(Enum::name).toList(),
                account.provinces().stream().map(ProvinceCode::value).toList(), account.university(),
                account.admissionUniversity(), String.join(", ", account.faculties()));
    }

    /** The field ids with the message key of their first problem, in the order of the form. */
    Map<String, String> problems(boolean withUsernameAndPassword) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (withUsernameAndPassword && !StaffAdministration.USERNAME.matcher(username).matches()) {
            problems.put("username", "staff.admin.error.username");
        }
        if (fullName.isEmpty() || fullName.length() > 200) {
            problems.put("fullName", "staff.admin.error.full-name");
        } else if (!FreeText.isClean(fullName)) {
            problems.put("fullName", FreeText.MESSAGE_KEY);
        }
        if (withUsernameAndPassword) {
            PasswordPolicy.problems(username, password).stream().findFirst()
                    .ifPresent(problem -> problems.put("password", problem.messageKey()));
        }
        Set<StaffRole> chosen = staffRoles();
        if (chosen.isEmpty() || chosen.size() != roles.size()) {
            problems.put("roles", "staff.admin.error.roles");
        }
        if (chosen.contains(StaffRole.OFFICER)
                && (provinces.isEmpty() || !provinces.stream().allMatch(ProvinceCode::isValid))) {
            problems.put("provinces", "staff.admin.error.provinces");
        }
        if (chosen.contains(StaffRole.UNIVERSITY_OFFICE) && (university == null || university.length() > 200)) {
            problems.put("university", "staff.admin.error.university");
        } else if (university != null && !FreeText.isClean(university)) {
            problems.put("university", FreeText.MESSAGE_KEY);
        }
        if (chosen.stream().anyMatch(StaffRole::admissionDesk)
                && (admissionUniversity == null || !ADMISSION_CODE.matcher(admissionUniversity).matches())) {
            problems.put("admissionUniversity", "staff.admin.error.admission-university");
        }
        if (chosen.contains(StaffRole.DEAN) && (facultyCodes().isEmpty()
                || !facultyCodes().stream().allMatch(f -> ADMISSION_CODE.matcher(f).matches()))) {
            problems.put("faculties", "staff.admin.error.faculties");
        }
        return problems;
    }

    /** The roles chosen that exist; unknown ones are left out (and reported by {@link #problems}). */
    Set<StaffRole> staffRoles() {
        Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
        for (String role : roles) {
            for (StaffRole known : StaffRole.values()) {
                if (known.name().equals(role)) {
                    chosen.add(known);
                }
            }
        }
        return chosen;
    }

    StaffAdministration.Profile profile() {
        List<ProvinceCode> codes = provinces.stream().filter(ProvinceCode::isValid).map(ProvinceCode::new).toList();
        return new StaffAdministration.Profile(fullName, staffRoles(), codes, university, admissionUniversity,
                facultyCodes());
    }

    /** The faculty codes typed, separated by commas or spaces. */
    List<String> facultyCodes() {
        return java.util.Arrays.stream(faculties.split("[,\\s]+")).filter(f -> !f.isEmpty()).distinct().toList();
    }
}
