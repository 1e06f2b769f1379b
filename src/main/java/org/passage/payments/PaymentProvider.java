package org.passage.payments;

import java.net.URI;
import java.util.Locale;

/**
 * A payment service provider (a bank's virtual POS): it takes the applicant's card on its own
 * hosted page, sends the browser back to {@code returnUrl}, and reports the outcome with a signed
 * server-to-server callback to {@code POST /api/v1/payments/callback}. Passage never sees card data.
 */
public interface PaymentProvider {

    /** The provider's name as configured in {@code passage.payments.provider} and stored with each payment. */
    String id();

    /** Opens a payment of {@code order} and answers the page the applicant's browser goes to. */
    URI start(Order order);

    /**
     * What to collect: the accrual's amount, in the applicant's language, and where the provider
     * sends the browser back afterwards.
     */
    record Order(AccrualNumber accrual, Money amount, Locale language, URI returnUrl) {
    }
}
