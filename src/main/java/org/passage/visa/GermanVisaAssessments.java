package org.passage.visa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.passage.rules.Assessment;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.visa.GermanVisaAssessment.Fee;
import org.passage.visa.GermanVisaAssessment.Person;
import org.passage.visa.GermanVisaAssessment.Timeline;
import org.passage.visa.GermanVisaAssessment.VisaType;
import org.passage.visa.GermanVisaRequest.Child;
import org.springframework.stereotype.Service;

/** Assesses German national visa cases by the {@code de-national-visa} rulebook in force on the application date. */
@Service
public class GermanVisaAssessments {

    static final String RULEBOOK = "de-national-visa";

    private final Rulebook rulebook;
    private final Clock clock;

    GermanVisaAssessments(Rulebooks rulebooks, Clock clock) {
        this.rulebook = rulebooks.get(RULEBOOK);
        this.clock = clock;
    }

    /** The assessment of a validated request; bad codes raise a 400 problem naming every bad field. */
    public GermanVisaAssessment assess(GermanVisaRequest request, boolean explain) {
        VisaFacts.validate(request, rulebook);
        LocalDate date = request.applicationDate() == null ? LocalDate.now(clock) : request.applicationDate();
        Assessment a = rulebook.assess(VisaFacts.of(request, date), date, explain);
        boolean schengen = (Boolean) a.value("schengenInstead").orElseThrow();
        int copies = ((Long) a.value("copiesPerDocument").orElseThrow()).intValue();
        int forms = ((Long) a.value("applicationForms").orElseThrow()).intValue();
        return new GermanVisaAssessment(a, schengen ? VisaType.SCHENGEN : VisaType.NATIONAL, copies, forms,
                schengen ? List.of() : fees(request, a, date), timeline(request, a, date));
    }

    Rulebook rulebook() {
        return rulebook;
    }

    /**
     * One fee per person applying: the applicant, a travelling spouse and each child. The source texts give
     * only national-visa fees, so a Schengen case lists none rather than a guessed amount.
     */
    private List<Fee> fees(GermanVisaRequest r, Assessment a, LocalDate date) {
        BigDecimal adult = money(rulebook.parameter("VISA_FEE_EUR").requireOn(date).value());
        BigDecimal minor = money(rulebook.parameter("VISA_FEE_MINOR_EUR").requireOn(date).value());
        long minorMaxAge = (Long) rulebook.parameter("VISA_FEE_MINOR_MAX_AGE").requireOn(date).value();
        List<Fee> fees = new ArrayList<>();
        if (a.hasFinding("FEE_EXEMPT_SCHOLARSHIP")) {
            fees.add(new Fee(Person.APPLICANT, money(0.0), true));
        } else {
            int age = VisaFacts.ageOn(r.applicant().birthDate(), date);
            fees.add(new Fee(Person.APPLICANT, age <= minorMaxAge ? minor : adult, false));
        }
        if (r.family() != null) {
            if (r.family().spouse() != null && Boolean.TRUE.equals(r.family().spouse().travelling())) {
                fees.add(new Fee(Person.SPOUSE, adult, false));
            }
            for (Child c : r.family().childList()) {
                fees.add(new Fee(Person.CHILD, VisaFacts.ageOn(c.birthDate(), date) <= minorMaxAge ? minor : adult, false));
            }
        }
        return List.copyOf(fees);
    }

    /** Only categories whose file goes to the foreigners' authority have a timeline. */
    private Timeline timeline(GermanVisaRequest r, Assessment a, LocalDate date) {
        if (!rulebook.list("AUTHORITY_TIMELINE_CATEGORIES").contains(r.category())) {
            return null;
        }
        long silence = (Long) rulebook.parameter("SILENCE_PERIOD_DAYS").requireOn(date).value();
        LocalDate earliest = (LocalDate) a.value("earliestDecisionDate").orElseThrow();
        LocalDate latestSafe = r.semesterStart() == null ? null
                : (LocalDate) a.value("latestSafeApplicationDate").orElseThrow();
        return new Timeline(silence, earliest, latestSafe);
    }

    private static BigDecimal money(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
