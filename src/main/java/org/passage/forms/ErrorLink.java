package org.passage.forms;

/** A link of the error summary ({@code fragments/forms :: error-summary}) to the input of a question. */
public record ErrorLink(String href, String text) {
}
