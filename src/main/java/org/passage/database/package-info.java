/**
 * The database: the embedded PostgreSQL 17 by default, or an external server, and its settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
@org.jspecify.annotations.NullMarked
package org.passage.database;
