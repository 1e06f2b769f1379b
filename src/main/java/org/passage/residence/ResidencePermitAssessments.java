package org.passage.residence;

import java.time.Clock;
import java.time.LocalDate;
import org.passage.rules.Assessment;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.springframework.stereotype.Service;

/** Assesses residence-permit cases by the {@code tr-residence} rulebook in force on the application date. */
@Service
public class ResidencePermitAssessments {

    static final String RULEBOOK = "tr-residence";

    private final Rulebook rulebook;
    private final Clock clock;

    ResidencePermitAssessments(Rulebooks rulebooks, Clock clock) {
        this.rulebook = rulebooks.get(RULEBOOK);
        this.clock = clock;
    }

    /** The assessment of a validated request; bad codes or missing answers raise a 400 problem. */
    public Assessment assess(ResidencePermitRequest request, boolean explain) {
        ResidenceFacts.validate(request, rulebook);
        LocalDate date = request.applicationDate() == null ? LocalDate.now(clock) : request.applicationDate();
        return rulebook.assess(ResidenceFacts.of(request, date), date, explain);
    }

    Rulebook rulebook() {
        return rulebook;
    }
}
