package org.passage.residence.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.forms.FormFields;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.PassportNumber;
import org.springframework.util.MultiValueMap;

/**
 * The application number and passport number typed to find an application (continue later,
 * status): both read as people type them, with a message key for each one missing or malformed.
 */
final class LookupForm {

    static final List<String> FIELDS = List.of("applicationNumber", "passportNumber");

    private final Map<String, String> values;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final ApplicationNumber number;
    private final PassportNumber passport;

    LookupForm(MultiValueMap<String, String> form) {
        values = FormFields.values(form, FIELDS);
        number = ApplicationNumber.parseOrNull(values.get("applicationNumber"));
        passport = PassportNumber.parseOrNull(values.get("passportNumber"));
        if (values.get("applicationNumber") == null) {
            problems.put("applicationNumber", "journey.q.applicationNumber.required");
        } else if (ApplicationNumber.mistyped(values.get("applicationNumber"))) {
            problems.put("applicationNumber", "journey.error.application-number-check");
        } else if (number == null) {
            problems.put("applicationNumber", "journey.error.application-number");
        }
        if (values.get("passportNumber") == null) {
            problems.put("passportNumber", "journey.q.passportNumber.required");
        } else if (passport == null) {
            problems.put("passportNumber", "journey.error.passport-number");
        }
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> problems() {
        return problems;
    }

    ApplicationNumber number() {
        return number;
    }

    PassportNumber passport() {
        return passport;
    }
}
