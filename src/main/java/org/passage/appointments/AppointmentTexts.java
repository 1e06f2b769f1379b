package org.passage.appointments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.passage.provinces.ProvinceCode;
import org.passage.provinces.Provinces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Appointment words in the reader's language: dates, provinces, directorates, statuses. */
@Component
class AppointmentTexts {

    private final MessageSource messages;
    private final Provinces provinces;

    AppointmentTexts(MessageSource messages, Provinces provinces) {
        this.messages = messages;
        this.provinces = provinces;
    }

    /** A date with its weekday, e.g. "Monday, 1 December 2026" as the language writes it. */
    String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    String province(ProvinceCode code, Locale locale) {
        return provinces.get(code).name(locale);
    }

    /** The province's migration directorate, e.g. "Bursa İl Göç İdaresi Müdürlüğü". */
    String directorate(ProvinceCode code, Locale locale) {
        return text("appointments.directorate.name", locale, province(code, locale));
    }

    String status(AppointmentStatus status, Locale locale) {
        return text("appointments.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
