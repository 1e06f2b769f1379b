package org.passage.payments.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passage.payments.Money;
import org.passage.payments.internal.FeeTable.Item;
import org.passage.payments.internal.FeeTable.Period;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/fees}: the fee table with the status and source of every period (unverified
 * figures marked as such), and the form to enter an amount the table lacks.
 *
 * <p>Administrators only: the security configuration requires the ADMIN role on {@code /admin/**}.
 */
@Controller
class FeeAdminController {

    /** A row of the table: one period of one item for one nationality group. */
    record Row(String item, String title, String group, String from, String to, String status, String amount,
            String firstMonth, String followingMonth, String citation, String note) {
    }

    private final FeeTable table;
    private final FeeEntries entries;
    private final FeeAdministration administration;

    FeeAdminController(FeeTable table, FeeEntries entries, FeeAdministration administration) {
        this.table = table;
        this.entries = entries;
        this.administration = administration;
    }

    @GetMapping("/admin/fees")
    String page(CsrfToken csrf, Model model, Locale locale) {
        csrf.getToken();
        fill(model, locale);
        return "payments/admin-fees";
    }

    @PostMapping("/admin/fees")
    String enter(HttpServletResponse response,
            @RequestParam(name = "item", required = false) String item,
            @RequestParam(name = "group", required = false) String group,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "amount", required = false) String amount,
            @RequestParam(name = "firstMonth", required = false) String firstMonth,
            @RequestParam(name = "followingMonth", required = false) String followingMonth,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "enteredBy", required = false) String enteredBy, CsrfToken csrf, Model model,
            Locale locale) {
        // The page is long: the form's token must exist before the response starts to be sent.
        csrf.getToken();
        String error;
        try {
            administration.enter(item, group, year == null ? 0 : year, amount, firstMonth, followingMonth, source,
                    enteredBy);
            return "redirect:/admin/fees?entered";
        } catch (FeeAdministration.InvalidEntryException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            error = e.messageKey();
        } catch (FeeEntries.AlreadyEnteredException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            error = "payments.admin.error.entered-before";
        }
        fill(model, locale);
        model.addAttribute("error", error);
        return "payments/admin-fees";
    }

    private void fill(Model model, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Item item : table.items()) {
            for (FeeTable.Rate rate : item.rates()) {
                for (Period p : rate.periods()) {
                    rows.add(new Row(item.code(), item.title().in(locale), rate.group(), p.from().toString(),
                            p.to().toString(), p.status().name(), formatted(p.amount(), locale),
                            formatted(p.firstMonth(), locale), formatted(p.followingMonth(), locale),
                            table.source(p.citation()) + ", " + p.citation().section(), p.note()));
                }
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("entries", entries.all());
        model.addAttribute("items", table.items().stream().map(i -> new String[] {i.code(), i.title().in(locale),
                i.kind().name()}).toList());
        model.addAttribute("groups", table.groups().stream().map(g -> new String[] {g.code(), g.title().in(locale)})
                .toList());
    }

    private static String formatted(java.math.BigDecimal amount, Locale locale) {
        return amount == null ? null : Money.lira(amount).formatted(locale);
    }
}
