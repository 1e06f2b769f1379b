package org.passage.payments.internal;

import java.time.Clock;
import java.util.Optional;
import org.passage.payments.AccrualNumber;
import org.passage.residence.ApplicationNumber;
import org.passage.residence.ApplicationSubmitted;
import org.passage.residence.ResidenceApplications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens the accrual of every submitted application, and keeps an incomplete fee up to date once an
 * administrator enters a missing amount.
 */
@Service
class AccrualService {

    private static final int NUMBER_ATTEMPTS = 5;

    private final Accruals accruals;
    private final FeeCalculator calculator;
    private final ResidenceApplications applications;
    private final Clock clock;

    AccrualService(Accruals accruals, FeeCalculator calculator, ResidenceApplications applications, Clock clock) {
        this.accruals = accruals;
        this.calculator = calculator;
        this.applications = applications;
        this.clock = clock;
    }

    /**
     * Runs in the submitting transaction, so that a submitted application always has its accrual
     * number (printed on the form right away) and a failure here submits nothing.
     */
    @EventListener
    @Transactional
    public void on(ApplicationSubmitted submitted) {
        String studyLevel = applications.find(submitted.number()).map(a -> a.studyLevel()).orElse(null);
        open(submitted.number(), new FeeBasis(submitted.applicationDate(), submitted.permitType(),
                "STUDENT".equals(submitted.permitType()) ? studyLevel : null, submitted.nationality(),
                FeeBasis.months(submitted.requestedMonths(), submitted.maxValidityMonths())));
    }

    /** The application's accrual, opened now unless it has one; the fee is computed on the basis's date. */
    @Transactional
    Accrual open(ApplicationNumber application, FeeBasis basis) {
        Optional<Accrual> existing = accruals.findByApplication(application);
        if (existing.isPresent()) {
            return existing.get();
        }
        FeeAssessment fee = calculator.assess(basis);
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            Accrual accrual = new Accrual(AccrualNumber.random(basis.applicationDate().getYear()), application, basis,
                    fee, clock.instant(), null);
            if (accruals.insertIfAbsent(accrual)) {
                return accrual;
            }
            existing = accruals.findByApplication(application);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("no free accrual number after " + NUMBER_ATTEMPTS + " attempts");
    }

    /** The application's accrual, its fee recomputed first when it was incomplete. */
    @Transactional
    Optional<Accrual> current(ApplicationNumber application) {
        Optional<Accrual> accrual = accruals.findByApplication(application);
        accrual.ifPresent(this::refresh);
        return accrual;
    }

    private void refresh(Accrual accrual) {
        if (!accrual.paid() && !accrual.fee().complete() && accrual.refresh(calculator.assess(accrual.basis()))
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Inside a caller's read-only transaction (the status page) the refreshed fee is shown,
            // and stored by the next read-write call.
            accruals.updateFee(accrual);
        }
    }
}
