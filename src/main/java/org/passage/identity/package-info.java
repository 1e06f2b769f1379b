/**
 * Who a person is to Passage without a password: one-time codes that prove they read an e-mail
 * address (or phone), for the residence applicant, the admission candidate and later the visa
 * applicant alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.passage.identity;
