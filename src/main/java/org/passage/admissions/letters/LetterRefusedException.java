package org.passage.admissions.letters;

/** A letter cannot be issued: the application does not hold an admission. */
public class LetterRefusedException extends RuntimeException {

    public LetterRefusedException(String message) {
        super(message);
    }
}
