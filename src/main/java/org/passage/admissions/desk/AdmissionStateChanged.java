package org.passage.admissions.desk;

/**
 * An application moved from one state to another, published in the transaction of the change:
 * whoever tells the candidate (an e-mail of every change made by staff) listens to it.
 */
public record AdmissionStateChanged(AdmissionNumber number, String university, String intake, String programme,
        String candidateEmail, AdmissionState from, AdmissionState to, AdmissionActor.Kind by) {
}
