package org.passage.residence;

/**
 * No application has this number (answered 404, and never differently from "not yours").
 */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(ApplicationNumber number) {
        super("no application " + number);
    }
}
