package org.passage.rules;

import java.util.List;

/** One rule that fired in an assessment, with its condition and the parameter values it used. */
public record TraceEntry(String kind, String code, String condition, Object result,
        List<ParameterValue> parameters, Citation citation) {
}
