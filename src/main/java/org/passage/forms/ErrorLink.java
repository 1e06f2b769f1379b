package org.passage.forms;

import java.util.List;
import java.util.Map;

/** A link of the error summary ({@code fragments/forms :: error-summary}) to the input of a question. */
public record ErrorLink(String href, String text) {

    /** The links of a page's messages by the id of the field each belongs to, in the map's order. */
    public static List<ErrorLink> toFields(Map<String, String> messagesById) {
        return messagesById.entrySet().stream().map(e -> new ErrorLink("#" + e.getKey(), e.getValue())).toList();
    }
}
