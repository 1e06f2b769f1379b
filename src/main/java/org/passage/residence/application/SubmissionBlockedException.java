package org.passage.residence.application;

import org.passage.rules.Assessment;

/**
 * The rulebook found blocking findings in the answers: the application stays a draft and the
 * applicant sees each reason with its citation.
 */
public class SubmissionBlockedException extends RuntimeException {

    private final transient Assessment assessment;

    public SubmissionBlockedException(Assessment assessment) {
        super("the answers have blocking findings");
        this.assessment = assessment;
    }

    public Assessment assessment() {
        return assessment;
    }
}
