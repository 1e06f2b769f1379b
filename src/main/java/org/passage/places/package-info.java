/**
 * Places that can never be exceeded, whatever the concurrency: a pool of a fixed number of places
 * (a programme's quota of an intake, a directorate's day), each taken by at most one holder once.
 * The database keeps the count: taking a place is one conditional UPDATE, and a CHECK constraint
 * stops anything that gets past it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.passage.places;
