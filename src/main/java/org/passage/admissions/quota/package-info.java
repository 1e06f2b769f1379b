/**
 * The university's quota register (§7.1) and quota transfers (§7.7): the boards' yearly proposal per
 * programme checked against the directive's caps, the registrar's staff page and the public page of
 * quotas and tuition for candidates.
 */
package org.passage.admissions.quota;
