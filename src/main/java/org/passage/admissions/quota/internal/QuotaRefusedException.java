package org.passage.admissions.quota.internal;

import java.util.List;
import org.passage.rules.Finding;

/** A register line or transfer the directive's caps refuse, with the findings and their citations. */
class QuotaRefusedException extends RuntimeException {

    private final List<Finding> findings;

    QuotaRefusedException(List<Finding> findings) {
        super("refused: " + findings.stream().map(Finding::code).toList());
        this.findings = List.copyOf(findings);
    }

    List<Finding> findings() {
        return findings;
    }
}
