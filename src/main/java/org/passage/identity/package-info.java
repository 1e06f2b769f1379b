/**
 * Who a person is to Passage without a password: one-time codes that prove they read an e-mail
 * address (or phone), for the residence applicant, the admission candidate and the visa
 * applicant alike, and the short-lived API bearer tokens a proven subject gets for the code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.passage.identity;
