package org.passage.visa.file.internal;

/** How the passport comes back after the decision: collected at the centre, or sent by courier. */
enum PassportReturn {
    COLLECT, COURIER
}
