/**
 * Staff of the directorates, universities' international offices and administrators: accounts with
 * roles (Argon2 passwords, lockout with back-off, per-address limits), sign-in and sign-out, the first
 * administrator from the configuration, the administration of accounts and the audit page, and the
 * university office's list of consenting students. Publishes who a signed-in member of staff is
 * ({@link org.passage.staff.StaffPrincipal}) and what they may see ({@link org.passage.staff.StaffAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
@org.jspecify.annotations.NullMarked
package org.passage.staff;
