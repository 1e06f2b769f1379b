package org.passage.rules;

/** A rulebook file that cannot be used; the message names the file and the item. */
public class RulebookInvalidException extends RuntimeException {

    public RulebookInvalidException(String file, String item, String problem) {
        super(file + ": " + item + ": " + problem);
    }
}
