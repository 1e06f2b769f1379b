package org.passage.forms;

/** A row of a check-your-answers page ({@code fragments/forms :: answers}): the question, the answer, where to change it. */
public record AnswerRow(String label, String value, String changeHref) {
}
