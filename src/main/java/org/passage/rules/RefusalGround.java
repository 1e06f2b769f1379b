package org.passage.rules;

/**
 * A ground on which an authority refuses, cancels or does not renew what a rulebook governs, with
 * its title in three languages and the rule it comes from.
 */
public record RefusalGround(String code, LocalizedText title, Citation citation) {
}
