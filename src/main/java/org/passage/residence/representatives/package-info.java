/**
 * Representatives (lawyers, legal representatives, organisations) verified by an administrator,
 * and the scoped mandates applicants confirm with their one-time code and may revoke at any time.
 * The e-residence API lets a representative's bearer token reach exactly the applications their
 * live mandates cover, within the mandates' scopes ({@link Mandates#access}).
 */
@org.jspecify.annotations.NullMarked
package org.passage.residence.representatives;
