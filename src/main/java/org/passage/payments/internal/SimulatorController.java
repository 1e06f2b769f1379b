package org.passage.payments.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.passage.payments.internal.SimulatorProvider.Session;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The simulator's hosted payment page, standing in for a bank's: the amount, the test cards, and a
 * card form. It never stores a card number; it knows only its two test cards.
 */
@Controller
class SimulatorController {

    private final SimulatorProvider simulator;
    private final Clock clock;

    SimulatorController(SimulatorProvider simulator, Clock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    @GetMapping("/payments/simulator/{id}")
    String page(@PathVariable String id, Model model, Locale locale) {
        Optional<String> done = completed(id);
        if (done.isPresent()) {
            return "redirect:" + done.get();
        }
        Session session = openSession(id);
        fill(model, session, locale);
        return "payments/simulator";
    }

    @PostMapping("/payments/simulator/{id}")
    String pay(@PathVariable String id, @RequestParam(name = "cardNumber", required = false) String cardNumber,
            @RequestParam(name = "expiry", required = false) String expiry,
            @RequestParam(name = "securityCode", required = false) String securityCode, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        Optional<String> done = completed(id);
        if (done.isPresent()) {
            return "redirect:" + done.get();
        }
        Session session = openSession(id);
        String card = cardNumber == null ? "" : cardNumber.replace(" ", "").replace("-", "");
        String error = null;
        if (!SimulatorProvider.SUCCEEDING_CARD.equals(card) && !SimulatorProvider.DECLINED_CARD.equals(card)) {
            error = "payments.simulator.error.card";
        } else if (!futureExpiry(expiry)) {
            error = "payments.simulator.error.expiry";
        } else if (securityCode == null || !securityCode.matches("\\d{3}")) {
            error = "payments.simulator.error.security-code";
        }
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            fill(model, session, locale);
            model.addAttribute("error", error);
            model.addAttribute("expiry", expiry);
            return "payments/simulator";
        }
        // A second send of the form (a double click) finds the session closed by the first: it shows the first's result.
        return simulator.pay(session, card).map(back -> "redirect:" + back)
                .or(() -> completed(id).map(back -> "redirect:" + back))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Where the browser goes after a session already paid or declined; empty while it is open or unknown. */
    private Optional<String> completed(String id) {
        Optional<Session> session;
        try {
            session = simulator.session(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            session = Optional.empty();
        }
        return session.filter(s -> s.outcome() != null).map(SimulatorProvider::resultUrl).map(Object::toString);
    }

    private Session openSession(String id) {
        Optional<Session> session;
        try {
            session = simulator.session(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            session = Optional.empty();
        }
        return session.filter(s -> s.open(clock.instant()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void fill(Model model, Session session, Locale locale) {
        model.addAttribute("sessionId", session.id());
        model.addAttribute("accrualNumber", session.accrual().formatted());
        model.addAttribute("amount", session.amount().formatted(locale));
        model.addAttribute("succeedingCard", grouped(SimulatorProvider.SUCCEEDING_CARD));
        model.addAttribute("declinedCard", grouped(SimulatorProvider.DECLINED_CARD));
    }

    private boolean futureExpiry(String expiry) {
        if (expiry == null || !expiry.matches("(0[1-9]|1[0-2])/\\d{2}")) {
            return false;
        }
        YearMonth month = YearMonth.of(2000 + Integer.parseInt(expiry.substring(3)), Integer.parseInt(expiry.substring(0, 2)));
        return !month.isBefore(YearMonth.now(clock));
    }

    private static String grouped(String card) {
        return card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }
}
