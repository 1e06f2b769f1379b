/**
 * Applicants' uploaded documents: checked by size and by content type (never by name), hashed,
 * and kept in a document store (the file system, or an S3-compatible bucket). Who a document
 * belongs to is the business of the module that asks for it to be stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
@org.jspecify.annotations.NullMarked
package org.passage.documents;
