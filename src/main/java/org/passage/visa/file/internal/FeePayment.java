package org.passage.visa.file.internal;

/** How the visa fee was paid at the centre's counter. */
enum FeePayment {
    CASH, CARD
}
