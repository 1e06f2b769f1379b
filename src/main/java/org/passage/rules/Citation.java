package org.passage.rules;

/** Where a rule comes from: a source document or law, and the section or article in it. */
public record Citation(String source, String section) {
}
