package org.passage.admissions.desk;

import java.math.BigDecimal;
import org.passage.rules.LocalizedText;

/**
 * A programme as offered in an intake: its faculty, the rulebook's programme code, language of
 * instruction, duration, foreign-student quota and tuition (null when not published).
 */
public record ProgrammeOffer(String university, String intake, String code, String faculty, LocalizedText name,
        String ruleProgramme, String languageOfInstruction, int durationSemesters, int foreignQuota,
        BigDecimal tuitionAmount, String tuitionCurrency) {
}
