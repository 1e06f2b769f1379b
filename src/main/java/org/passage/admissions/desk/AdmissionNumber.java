package org.passage.admissions.desk;

import java.security.SecureRandom;

/** The number of an admission application: {@code AD} and ten letters or digits. */
public record AdmissionNumber(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public AdmissionNumber {
        if (value == null || !value.matches("AD[0-9A-Z]{10}")) {
            throw new IllegalArgumentException("an admission number is AD and ten letters or digits");
        }
    }

    /** A new random number; the table's primary key refuses the unlikely repeat. */
    public static AdmissionNumber random() {
        StringBuilder number = new StringBuilder("AD");
        for (int i = 0; i < 10; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new AdmissionNumber(number.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
