/**
 * Rate limits of the public APIs and sign-in, per client, answered with problem details when exceeded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rate limits")
@org.jspecify.annotations.NullMarked
package org.passage.ratelimit;
