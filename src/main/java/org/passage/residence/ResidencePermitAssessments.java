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

    /**
     * Checks codes and the answers each permit type needs, as {@link #assess} does first, without
     * assessing; the checklist wizard asks it after every page so that it and the API never disagree.
     */
    public void validate(ResidencePermitRequest request) {
        ResidenceFacts.validate(request, rulebook);
    }

    /** The rulebook in use: its vocabulary gives every code's title. */
    public Rulebook rulebook() {
        return rulebook;
    }
}
