package org.passage.residence.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.passage.forms.FormFields;
import org.passage.residence.ApplicantContact;
import org.passage.residence.PassportNumber;
import org.passage.residence.application.Identity;
import org.passage.rules.Countries;
import org.passage.text.FreeText;
import org.springframework.util.MultiValueMap;

/**
 * The pre-registration form ("Ön Kayıt Formu") as typed: identity, contact and, for an extension
 * or a transfer, the current permit. {@link #problems()} holds a message key per wrong field, in
 * the order of the form; when it is empty the form makes an {@link Identity} and a contact.
 */
final class PreRegistrationForm {

    static final List<String> KINDS = List.of("FIRST", "EXTENSION", "TRANSFER");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]{0,99}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>()\\[\\]\\\\,;:]{1,64}@[A-Za-z0-9.-]{1,187}\\.[A-Za-z]{2,63}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);

    static final List<String> TEXT_FIELDS = List.of("givenNames", "surname", "nationality", "passportNumber", "email",
            "mobile", "currentPermitType");
    static final List<String> DATE_FIELDS = List.of("birthDate", "passportExpiry", "currentPermitValidUntil");

    private final String kind;
    private final Map<String, String> values;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final LocalDate today;
    private final Set<String> permitTypes;
    private String mobileE164;

    PreRegistrationForm(String kind, MultiValueMap<String, String> form, LocalDate today, Set<String> permitTypes) {
        this.kind = kind;
        this.today = today;
        this.permitTypes = permitTypes;
        List<String> names = new ArrayList<>(TEXT_FIELDS);
        DATE_FIELDS.forEach(d -> names.addAll(FormFields.dateInputs(d)));
        this.values = FormFields.values(form, names);
        validate();
    }

    boolean continuing() {
        return !"FIRST".equals(kind);
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> problems() {
        return problems;
    }

    private void validate() {
        name("givenNames");
        name("surname");
        LocalDate birth = FormFields.date(values, "birthDate");
        if (birth == null) {
            problem("birthDate", anyDateInput("birthDate") ? "journey.error.date" : "journey.q.birthDate.required");
        } else if (!birth.isBefore(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            problem("birthDate", "journey.error.birth-date");
        }
        String nationality = values.get("nationality");
        if (nationality == null) {
            problem("nationality", "journey.q.nationality.required");
        } else if (!Countries.isKnown(nationality)) {
            problem("nationality", "checklist.error.country");
        } else if ("TR".equals(nationality)) {
            problem("nationality", "journey.error.turkish-citizen");
        }
        String passport = values.get("passportNumber");
        if (passport == null) {
            problem("passportNumber", "journey.q.passportNumber.required");
        } else if (PassportNumber.parseOrNull(passport) == null) {
            problem("passportNumber", "journey.error.passport-number");
        }
        LocalDate expiry = FormFields.date(values, "passportExpiry");
        if (expiry == null) {
            problem("passportExpiry", anyDateInput("passportExpiry") ? "journey.error.date"
                    : "journey.q.passportExpiry.required");
        } else if (!expiry.isAfter(today)) {
            problem("passportExpiry", "journey.error.passport-expired");
        }
        String email = values.get("email");
        if (email == null) {
            problem("email", "journey.q.email.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problem("email", "journey.error.email");
        }
        mobile();
        if (continuing()) {
            String type = values.get("currentPermitType");
            if (type == null) {
                problem("currentPermitType", "journey.q.currentPermitType.required");
            } else if (!permitTypes.contains(type)) {
                problem("currentPermitType", "checklist.error.invalid");
            }
            LocalDate until = FormFields.date(values, "currentPermitValidUntil");
            if (until == null) {
                problem("currentPermitValidUntil", anyDateInput("currentPermitValidUntil") ? "journey.error.date"
                        : "journey.q.currentPermitValidUntil.required");
            } else if (until.isBefore(today)) {
                problem("currentPermitValidUntil", "EXTENSION".equals(kind)
                        ? "journey.error.extension-permit-expired" : "journey.error.transfer-needs-current-permit");
            }
        }
    }

    private void name(String field) {
        String value = values.get(field);
        if (value == null) {
            problem(field, "journey.q." + field + ".required");
        } else if (!FreeText.isClean(value)) {
            problem(field, FreeText.MESSAGE_KEY);
        } else if (!NAME.matcher(value).matches()) {
            problem(field, "journey.error.name");
        }
    }

    private void mobile() {
        String value = values.get("mobile");
        if (value == null) {
            problem("mobile", "journey.q.mobile.required");
            return;
        }
        try {
            if (value.length() > 30) {
                throw new NumberParseException(NumberParseException.ErrorType.TOO_LONG, "too long");
            }
            PhoneNumber number = PHONES.parse(value, "TR");
            if (!PHONES.isValidNumber(number) || !MOBILE.contains(PHONES.getNumberType(number))) {
                problem("mobile", "journey.error.mobile");
            } else {
                mobileE164 = PHONES.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            problem("mobile", "journey.error.mobile");
        }
    }

    private boolean anyDateInput(String name) {
        return FormFields.dateInputs(name).stream().anyMatch(values::containsKey);
    }

    private void problem(String field, String key) {
        problems.putIfAbsent(field, key);
    }

    Identity identity() {
        return new Identity(values.get("givenNames"), values.get("surname"), FormFields.date(values, "birthDate"),
                values.get("nationality"), PassportNumber.parseOrNull(values.get("passportNumber")),
                FormFields.date(values, "passportExpiry"));
    }

    ApplicantContact contact(Locale language) {
        return new ApplicantContact(values.get("email").toLowerCase(Locale.ROOT), mobileE164, language);
    }

    /** What the pre-registration already answered of the application form, under the form's own field names. */
    Map<String, String> prefilledAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("applicationKind", kind);
        answers.put("birthDate-day", values.get("birthDate-day"));
        answers.put("birthDate-month", values.get("birthDate-month"));
        answers.put("birthDate-year", values.get("birthDate-year"));
        answers.put("nationality", values.get("nationality"));
        if (continuing()) {
            answers.put("currentPermitType", values.get("currentPermitType"));
            answers.put("currentPermitValidUntil-day", values.get("currentPermitValidUntil-day"));
            answers.put("currentPermitValidUntil-month", values.get("currentPermitValidUntil-month"));
            answers.put("currentPermitValidUntil-year", values.get("currentPermitValidUntil-year"));
        }
        return answers;
    }
}
