package org.passage.admissions.quota.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registrar's public list for prospective foreign students ({@code /admission/quotas}): each
 * university's foreign-student quota per programme after the year's transfers, and its tuition.
 */
@Controller
@RequestMapping(PublicQuotasController.BASE)
class PublicQuotasController {

    static final String BASE = "/admission/quotas";

    /** A published year, its two calendar years as text so that no locale groups their digits. */
    record Year(String university, String name, String year, String next) {
    }

    record Row(String programme, String name, int quota, String tuition, boolean newProgramme) {
    }

    private final QuotaRegister register;
    private final MessageSource messages;

    PublicQuotasController(QuotaRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    String index(Model model, Locale locale) {
        model.addAttribute("pageTitle", messages.getMessage("admissions.quota.public.title", null, locale)
                + " – Passage");
        model.addAttribute("years", register.published().stream()
                .flatMap(p -> p.years().stream().map(y -> new Year(p.university(), p.name().in(locale), String.valueOf(y),
                        String.valueOf(y + 1))))
                .toList());
        return "admissions/quota-public-index";
    }

    @GetMapping("/{university}/{year}")
    String year(@PathVariable String university, @PathVariable String year, Model model, Locale locale) {
        if (!university.matches("[A-Z][A-Z0-9_]{1,19}") || !year.matches("[0-9]{4}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        QuotaRegister.Published published = register.published().stream()
                .filter(p -> p.university().equals(university)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int academicYear = Integer.parseInt(year);
        List<QuotaRegister.Line> lines = register.lines(university, academicYear);
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = published.name().in(locale);
        model.addAttribute("pageTitle", messages.getMessage("admissions.quota.public.year",
                new Object[] {name, year, String.valueOf(academicYear + 1)}, locale) + " – Passage");
        model.addAttribute("heading", messages.getMessage("admissions.quota.public.year",
                new Object[] {name, year, String.valueOf(academicYear + 1)}, locale));
        model.addAttribute("rows", lines.stream().map(l -> new Row(l.programme(), l.name().in(locale),
                l.currentQuota(), tuition(l.tuitionAmount(), l.tuitionCurrency(), locale), l.newProgramme())).toList());
        return "admissions/quota-public";
    }

    private String tuition(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return messages.getMessage("admissions.quota.no-tuition", null, locale);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }
}
