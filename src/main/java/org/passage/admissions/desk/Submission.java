package org.passage.admissions.desk;

import java.util.Objects;

/**
 * What is frozen at submission: the eligibility answer and assessment as JSON, the §7.2.1 basis it
 * found (null when none), the candidate's nationality and the rulebook version that judged it.
 */
public record Submission(String eligibility, String basis, String nationality, String rulebookVersion) {

    public Submission {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(rulebookVersion, "rulebookVersion");
        if (nationality != null && !nationality.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a nationality is an ISO 3166-1 alpha-2 code");
        }
    }
}
