package org.passage.admissions.desk;

/** No application has the number. */
public class AdmissionNotFoundException extends RuntimeException {

    public AdmissionNotFoundException(AdmissionNumber number) {
        super("no admission application " + number);
    }
}
