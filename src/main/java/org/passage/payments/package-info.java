/**
 * Residence-permit fees, accrual numbers and online payment: the fee table as cited data, an
 * accrual number with its computed fee for every submitted application, payment through a
 * {@link org.passage.payments.PaymentProvider} (the built-in virtual-POS simulator by default) with
 * signed, idempotent callbacks, the receipt PDF and the payment part of the status page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
@org.jspecify.annotations.NullMarked
package org.passage.payments;
