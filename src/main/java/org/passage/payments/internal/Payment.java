package org.passage.payments.internal;

import java.time.Instant;
import java.util.UUID;
import org.passage.payments.AccrualNumber;
import org.passage.payments.Money;

/** A payment recorded from a provider's callback: at most one per accrual and per provider transaction. */
record Payment(UUID id, AccrualNumber accrual, String provider, String transactionId, Money amount, Instant paidAt,
        Instant recordedAt) {
}
