package org.passage.admissions.review.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.passage.audit.AuditActor;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directive's yearly review ({@code /staff/admissions/review}): this year's review or the form to
 * record it (the day is today's, the reviewer the signed-in member of staff), and the past reviews.
 */
@Controller
@RequestMapping(ReviewPagesController.BASE)
class ReviewPagesController {

    static final String BASE = "/staff/admissions/review";
    static final String REVIEWED = "ADMISSION_DIRECTIVE_REVIEWED";

    record Row(String year, String reviewedOn, String reviewedBy, String note) {
    }

    private final DirectiveReviews reviews;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    ReviewPagesController(DirectiveReviews reviews, AuditTrail audit, MessageSource messages,
            TransactionTemplate transactions) {
        this.reviews = reviews;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
        String university = university(staff);
        int year = reviews.today().getYear();
        model.addAttribute("pageTitle", messages.getMessage("admissions.review.title", null, locale) + " – Passage");
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("current", reviews.of(university, year).map(r -> row(r, locale)).orElse(null));
        model.addAttribute("due", reviews.due(university).isPresent());
        List<Row> past = reviews.all(university).stream().filter(r -> r.year() != year).map(r -> row(r, locale))
                .toList();
        model.addAttribute("past", past);
        return "admissions/review";
    }

    @PostMapping
    String record(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        String university = university(staff);
        if (note == null || note.isBlank() || note.strip().length() > 1000) {
            redirect.addFlashAttribute("error", "admissions.review.error.note");
            return "redirect:" + BASE;
        }
        DirectiveReviews.Recorded recorded = transactions.execute(tx -> {
            DirectiveReviews.Recorded r = reviews.record(university, staff.username(), note);
            if (r.first()) {
                audit.record(AuditEvent.of(AuditActor.staff(staff.username()), REVIEWED,
                        "admission-directive-review:" + university + "/" + r.review().year()).withReason(note.strip()));
            }
            return r;
        });
        redirect.addFlashAttribute("done", recorded.first() ? "admissions.review.recorded"
                : "admissions.review.already");
        return "redirect:" + BASE;
    }

    private Row row(DirectiveReviews.Review r, Locale locale) {
        return new Row(String.valueOf(r.year()), r.reviewedOn().format(DateTimeFormatter
                .ofLocalizedDate(FormatStyle.LONG).withLocale(locale)), r.reviewedBy(), r.note());
    }

    private static String university(StaffPrincipal staff) {
        String university = ReviewAccess.university(staff);
        if (university == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return university;
    }
}
