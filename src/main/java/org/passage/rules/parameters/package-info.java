/**
 * Parameter values as public data: the parameter API and page, and the administrators' four-eyes
 * entry of values for new periods (one proposes with the public source, another approves).
 */
package org.passage.rules.parameters;
