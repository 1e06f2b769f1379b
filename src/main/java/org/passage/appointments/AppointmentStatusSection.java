package org.passage.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.provinces.ProvinceCode;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.StatusSection;
import org.passage.residence.StatusSection.StatusAction;
import org.passage.residence.StatusSection.StatusLine;
import org.springframework.stereotype.Component;

/**
 * The "appointment" section of the applicant's status page, the status API and the registration
 * document: the date, province and directorate, and the links to book, change or cancel when the
 * applicant may. In Istanbul and Ankara, until the date is assigned, it says that the directorate
 * will assign one.
 */
@Component
class AppointmentStatusSection implements ApplicationStatusContributor {

    static final String KEY = "appointment";
    static final int ORDER = 20;

    private final Appointments appointments;
    private final AppointmentTexts texts;
    private final Clock clock;

    AppointmentStatusSection(Appointments appointments, AppointmentTexts texts, Clock clock) {
        this.appointments = appointments;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Optional<StatusSection> section(ApplicationNumber number, Locale locale) {
        Optional<ProvinceCode> home = appointments.provinceOf(number);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Optional<Appointment> latest = appointments.latest(number)
                .filter(a -> a.status() != AppointmentStatus.CANCELLED && a.status() != AppointmentStatus.RESCHEDULED);
        List<StatusLine> lines = new ArrayList<>();
        List<StatusAction> actions = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        if (latest.isPresent()) {
            Appointment a = latest.get();
            lines.add(new StatusLine(texts.text("appointments.section.date", locale), texts.date(a.date(), locale)));
            lines.add(new StatusLine(texts.text("appointments.section.province", locale), texts.province(a.province(), locale)));
            lines.add(new StatusLine(texts.text("appointments.section.directorate", locale),
                    texts.directorate(a.province(), locale)));
            lines.add(new StatusLine(texts.text("appointments.section.status", locale), texts.status(a.status(), locale)));
            data.put("status", a.status().name());
            data.put("date", a.date().toString());
            data.put("province", a.province().value());
            data.put("directorate", texts.directorate(a.province(), locale));
            data.put("assignedByDirectorate", a.assignedByDirectorate());
            if (a.changeableByApplicant(LocalDate.now(clock))) {
                actions.add(new StatusAction(texts.text("appointments.section.change", locale), "/appointments"));
                actions.add(new StatusAction(texts.text("appointments.section.cancel", locale), "/appointments#cancel"));
            }
        } else if (Directorate.assignsDates(home.get())) {
            lines.add(new StatusLine(texts.text("appointments.section.date", locale),
                    texts.text("appointments.section.will-be-assigned", locale, texts.directorate(home.get(), locale))));
            data.put("status", "AWAITING_ASSIGNMENT");
            data.put("province", home.get().value());
            data.put("directorate", texts.directorate(home.get(), locale));
            data.put("assignedByDirectorate", true);
        } else {
            lines.add(new StatusLine(texts.text("appointments.section.date", locale),
                    texts.text("appointments.section.none", locale)));
            actions.add(new StatusAction(texts.text("appointments.section.book", locale), "/appointments"));
            data.put("status", "NONE");
            data.put("assignedByDirectorate", false);
        }
        return Optional.of(new StatusSection(KEY, ORDER, texts.text("appointments.section.title", locale), lines,
                actions, data));
    }
}
