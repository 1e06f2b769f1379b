package org.passage.payments.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.passage.payments.AccrualNumber;
import org.passage.payments.Money;
import org.passage.residence.ApplicationNumber;

/**
 * The accrual ("tahakkuk") of one submitted application: its number, the fee computed at
 * submission with a line per item, and whether it is paid. It guards its own changes: a fee that
 * is complete is never recomputed, and an accrual is paid once, only when its fee is complete.
 */
final class Accrual {

    /** The accrual cannot be paid now: it is paid already, or its fee is not complete. */
    static class NotPayableException extends IllegalStateException {
        NotPayableException(String message) {
            super(message);
        }
    }

    private final AccrualNumber number;
    private final ApplicationNumber application;
    private final FeeBasis basis;
    private FeeAssessment fee;
    private final Instant createdAt;
    private Instant paidAt;

    Accrual(AccrualNumber number, ApplicationNumber application, FeeBasis basis, FeeAssessment fee, Instant createdAt,
            Instant paidAt) {
        this.number = Objects.requireNonNull(number);
        this.application = Objects.requireNonNull(application);
        this.basis = Objects.requireNonNull(basis);
        this.fee = Objects.requireNonNull(fee);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.paidAt = paidAt;
    }

    AccrualNumber number() {
        return number;
    }

    ApplicationNumber application() {
        return application;
    }

    FeeBasis basis() {
        return basis;
    }

    FeeAssessment fee() {
        return fee;
    }

    Instant createdAt() {
        return createdAt;
    }

    Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    boolean paid() {
        return paidAt != null;
    }

    /** The amount to pay, or empty while an item of the fee has no chargeable figure. */
    Optional<Money> amount() {
        return fee.total();
    }

    /**
     * Takes a newer computation of an incomplete fee (an administrator entered a missing amount);
     * answers whether the fee changed.
     */
    boolean refresh(FeeAssessment newer) {
        if (paid() || fee.complete() || newer.lines().equals(fee.lines())) {
            return false;
        }
        fee = newer;
        return true;
    }

    /** Refuses when the accrual cannot be paid: already paid, or the fee is not complete. */
    void checkPayable() {
        if (paid()) {
            throw new NotPayableException("accrual " + number + " is paid");
        }
        if (!fee.complete()) {
            throw new NotPayableException("the fee of accrual " + number + " is not complete");
        }
    }

    /** Records that the accrual was paid at {@code at}. */
    void markPaid(Instant at) {
        checkPayable();
        paidAt = at;
    }
}
