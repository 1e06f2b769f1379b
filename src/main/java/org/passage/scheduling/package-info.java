/**
 * Scheduled jobs that run on exactly one node at a time, however many nodes share the database:
 * every job takes a ShedLock lock in PostgreSQL before it runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
@org.jspecify.annotations.NullMarked
package org.passage.scheduling;
