/**
 * Appointments at the provinces' migration directorates: places per weekday set by an administrator,
 * booking, changing and cancelling by the applicant after submission, dates assigned by the
 * directorate in Istanbul and Ankara, reminders the day before, and attendance for the officers.
 * The database keeps every day within its places.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments")
@org.jspecify.annotations.NullMarked
package org.passage.appointments;
