package org.passage.staff;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.passage.audit.AuditActor;
import org.passage.provinces.Provinces;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages of staff accounts: list, create, change, password, disable, unlock. */
@Controller
@RequestMapping("/admin/staff")
class StaffAccountsController {

    private final StaffAccounts accounts;
    private final StaffAdministration administration;
    private final Provinces provinces;
    private final Clock clock;

    StaffAccountsController(StaffAccounts accounts, StaffAdministration administration, Provinces provinces,
            Clock clock) {
        this.accounts = accounts;
        this.administration = administration;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all().stream().map(a -> AccountView.of(a, clock.getZone())).toList());
        return "staff/admin/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model, Locale locale) {
        return form(model, AccountForm.empty(), Map.of(), locale);
    }

    @PostMapping
    String create(@AuthenticationPrincipal StaffPrincipal admin, @ModelAttribute AccountForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems(true);
        if (problems.isEmpty() && accounts.find(form.username()).isPresent()) {
            problems = Map.of("username", "staff.admin.error.username-taken");
        }
        if (!problems.isEmpty()) {
            return form(model, form, problems, locale);
        }
        try {
            administration.create(actor(admin), form.username(), form.password(), form.profile());
        } catch (StaffAdministration.UsernameTakenException e) {
            return form(model, form, Map.of("username", "staff.admin.error.username-taken"), locale);
        }
        redirect.addFlashAttribute("done", "staff.admin.done.created");
        return "redirect:/admin/staff/" + form.username();
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model, Locale locale) {
        StaffAccount account = existing(username);
        return edit(model, account, AccountForm.of(account), Map.of(), Map.of(), locale);
    }

    @PostMapping("/{username}")
    String change(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
            @ModelAttribute AccountForm form, Model model, Locale locale, RedirectAttributes redirect) {
        StaffAccount account = existing(username);
        Map<String, String> problems = form.problems(false);
        if (problems.isEmpty() && admin.username().equals(username) && !form.staffRoles().contains(StaffRole.ADMIN)) {
            problems = Map.of("roles", "staff.admin.error.own-admin-role");
        }
        if (!problems.isEmpty()) {
            AccountForm shown = new AccountForm(username, form.fullName(), null, form.roles(), form.provinces(),
                    form.university(), form.admissionUniversity(), form.faculties());
            return edit(model, account, shown, problems, Map.of(), locale);
        }
        administration.change(actor(admin), username, form.profile());
        redirect.addFlashAttribute("done", "staff.admin.done.changed");
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/password")
    String password(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
            @RequestParam(name = "newPassword", required = false) String password, Model model, Locale locale,
            RedirectAttributes redirect) {
        StaffAccount account = existing(username);
        List<PasswordPolicy.Problem> problems = PasswordPolicy.problems(username, password);
        if (!problems.isEmpty()) {
            return edit(model, account, AccountForm.of(account), Map.of(),
                    Map.of("newPassword", problems.getFirst().messageKey()), locale);
        }
        administration.setPassword(actor(admin), username, password);
        redirect.addFlashAttribute("done", "staff.admin.done.password");
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/disable")
    String disable(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
            RedirectAttributes redirect) {
        existing(username);
        if (admin.username().equals(username)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        administration.disable(actor(admin), username);
        redirect.addFlashAttribute("done", "staff.admin.done.disabled");
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/enable")
    String enable(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
            RedirectAttributes redirect) {
        existing(username);
        administration.enable(actor(admin), username);
        redirect.addFlashAttribute("done", "staff.admin.done.enabled");
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/{username}/unlock")
    String unlock(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
            RedirectAttributes redirect) {
        existing(username);
        administration.unlock(actor(admin), username);
        redirect.addFlashAttribute("done", "staff.admin.done.unlocked");
        return "redirect:/admin/staff/" + username;
    }

    private String form(Model model, AccountForm form, Map<String, String> problems, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("provinces", provinces.all(locale));
        return "staff/admin/new-account";
    }

    private String edit(Model model, StaffAccount account, AccountForm form, Map<String, String> problems,
            Map<String, String> passwordProblems, Locale locale) {
        model.addAttribute("account", AccountView.of(account, clock.getZone()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("passwordProblems", passwordProblems);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("provinces", provinces.all(locale));
        return "staff/admin/account";
    }

    private StaffAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static AuditActor actor(StaffPrincipal admin) {
        return AuditActor.staff(admin.username());
    }
}
