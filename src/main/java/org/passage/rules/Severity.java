package org.passage.rules;

/** How much a finding weighs: a blocking finding makes the case ineligible. */
public enum Severity {
    BLOCKING, WARNING, INFO
}
