package org.passage.admissions.desk;

import org.passage.rules.LocalizedText;

/** One criterion of an intake's score sheet and its weight in percent. */
public record ScoreCriterion(String code, int weight, LocalizedText name) {
}
