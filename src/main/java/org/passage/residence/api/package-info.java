/**
 * The e-residence JSON API under {@code /api/v1/residence}: pre-registration with the one-time code,
 * a short-lived bearer token for one application, the form's pages, documents, submission and
 * status, each over the same services as the pages.
 */
package org.passage.residence.api;
