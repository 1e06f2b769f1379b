/**
 * The directorates' casework: an officer's queue of the appointments and cases booked in their
 * provinces, and the case page where the officer records attendance, marks the checklist, asks for
 * missing documents and decides. Every view of personal data and every action is audited. Drives
 * modules residence (the application) and appointments (the appointment day) through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directorate casework")
@org.jspecify.annotations.NullMarked
package org.passage.directorate;
