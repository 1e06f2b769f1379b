package org.passage.rules;

/** An outcome of an assessment: a reason the case is blocked, a warning, or a piece of advice. */
public record Finding(String code, Severity severity, LocalizedText message, Citation citation) {
}
