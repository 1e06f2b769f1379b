/**
 * Sign-in of people without a staff account (residence applicants, visa applicants): six-digit
 * one-time codes sent to an address they must prove they read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package org.passage.identity;
