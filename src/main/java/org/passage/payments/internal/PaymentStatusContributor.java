package org.passage.payments.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationStatusContributor;
import org.passage.residence.StatusSection;
import org.passage.residence.StatusSection.StatusAction;
import org.passage.residence.StatusSection.StatusLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The payment part of an application's status: accrual number, amount, paid or not, and the link
 * to pay or to the receipt. In the status API under {@code payment}: {@code accrualNumber},
 * {@code amountTry} (a decimal string; absent while unknown), {@code paid}, {@code paidAt} (when paid).
 */
@Component
class PaymentStatusContributor implements ApplicationStatusContributor {

    static final int ORDER = 30;

    private final AccrualService accrualService;
    private final Accruals accruals;
    private final MessageSource messages;

    PaymentStatusContributor(AccrualService accrualService, Accruals accruals, MessageSource messages) {
        this.accrualService = accrualService;
        this.accruals = accruals;
        this.messages = messages;
    }

    @Override
    public Optional<StatusSection> section(ApplicationNumber number, Locale locale) {
        return accrualService.current(number).map(accrual -> section(accrual, locale));
    }

    private StatusSection section(Accrual accrual, Locale locale) {
        AccrualView view = AccrualView.of(accrual, accruals.paymentOf(accrual.number()), locale, messages);
        List<StatusLine> lines = new ArrayList<>();
        lines.add(new StatusLine(text("payments.accrual-number", locale), view.accrualNumber()));
        lines.add(new StatusLine(text("payments.total", locale),
                view.total() != null ? view.total() : text("payments.total.unknown", locale)));
        String state = view.paid() ? text("payments.state.paid", locale) + " (" + view.paidAt() + ")"
                : text("payments.state.unpaid", locale);
        lines.add(new StatusLine(text("payments.state", locale), state));
        List<StatusAction> actions = view.paid()
                ? List.of(new StatusAction(text("payments.action.receipt", locale), "/payments/receipt"))
                : List.of(new StatusAction(text("payments.action.pay", locale), "/payments"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accrualNumber", accrual.number().value());
        accrual.amount().ifPresent(amount -> data.put("amountTry", amount.plain()));
        data.put("paid", accrual.paid());
        accrual.paidAt().ifPresent(at -> data.put("paidAt", at.toString()));
        return new StatusSection("payment", ORDER, text("payments.section.title", locale), lines, actions, data);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
