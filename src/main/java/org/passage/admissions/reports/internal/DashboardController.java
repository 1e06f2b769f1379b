package org.passage.admissions.reports.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.passage.admissions.desk.Intake;
import org.passage.admissions.desk.Intakes;
import org.passage.forms.FormFields;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard of an intake ({@code /staff/admissions/reports/intakes/{university}/{intake}}):
 * applications, eligible, admitted, accepted and enrolled per programme, the quota filled and the
 * nationalities, as a bar chart drawn on the server and as tables with the same figures. Only the
 * university's own staff see it; for anyone else's university it does not exist (404).
 */
@Controller
class DashboardController {

    static final String PATH = ReportsController.BASE + "/intakes/{university}/{intake}";
    private static final List<String> SERIES = List.of("applications", "eligible", "admitted", "accepted",
            "enrolled");

    record ProgrammeRow(String name, int quota, int applications, int eligible, int admitted, int accepted,
            int enrolled, int held, String fill) {
    }

    record NationalityRow(String name, int applications, int admitted, int enrolled) {
    }

    private final Intakes intakes;
    private final IntakeFigures figures;
    private final MessageSource messages;
    private final FormFields countries;

    DashboardController(Intakes intakes, IntakeFigures figures, MessageSource messages) {
        this.intakes = intakes;
        this.figures = figures;
        this.messages = messages;
        this.countries = new FormFields(messages, "admissions.%s.label", "admissions.%s.hint");
    }

    @GetMapping(PATH)
    String dashboard(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String university,
            @PathVariable String intake, Model model, Locale locale) {
        String own = ReportAccess.university(staff);
        if (!own.equals(university)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Intake found = intakes.find(university, intake)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = text("admissions.reports.intake", locale, text("admissions.term." + found.term().name(), locale),
                String.valueOf(found.academicYear()), String.valueOf(found.academicYear() + 1));
        List<IntakeFigures.ProgrammeFigures> programmes = figures.programmes(university, intake);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        List<ProgrammeRow> rows = programmes.stream().map(p -> new ProgrammeRow(p.name().in(locale), p.quota(),
                p.applications(), p.eligible(), p.admitted(), p.accepted(), p.enrolled(), p.held(),
                p.fillPercent() == null ? text("admissions.dashboard.no-quota", locale)
                        : percent.format(p.fillPercent() / 100.0))).toList();
        model.addAttribute("pageTitle", text("admissions.dashboard.title", locale, name) + " – Passage");
        model.addAttribute("heading", text("admissions.dashboard.title", locale, name));
        model.addAttribute("rows", rows);
        model.addAttribute("nationalities", figures.nationalities(university, intake).stream()
                .map(n -> new NationalityRow(countries.countryName(n.nationality(), locale), n.applications(),
                        n.admitted(), n.enrolled())).toList());
        model.addAttribute("chart", BarChart.of(rows.stream().map(ProgrammeRow::name).toList(), SERIES.stream()
                .map(s -> new BarChart.Series(text("admissions.dashboard.column." + s, locale), programmes.stream()
                        .map(p -> switch (s) {
                            case "applications" -> p.applications();
                            case "eligible" -> p.eligible();
                            case "admitted" -> p.admitted();
                            case "accepted" -> p.accepted();
                            default -> p.enrolled();
                        }).toList())).toList()));
        model.addAttribute("chartDescription", text("admissions.dashboard.chart.desc", locale, name));
        return "admissions/dashboard";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
