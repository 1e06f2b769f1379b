package org.passage.text;

/**
 * Whether a typed text shows what it holds. Invisible format characters (Unicode category Cf: the
 * right-to-left override U+202E and the other bidi controls, zero-width characters, the soft
 * hyphen), line and paragraph separators, control characters, lone surrogates and unassigned or
 * private-use code points can make a name, an address or a note display as something else to the
 * officer who reads it ("Ali" + U+202E + "gnp.exe"). Such text is refused, never silently cleaned,
 * so that what is kept is what the person saw when they typed it.
 *
 * <p>The message to show is the key {@link #MESSAGE_KEY} of the application's message bundles.
 */
public final class FreeText {

    /** The localized message for a refused text. */
    public static final String MESSAGE_KEY = "text.error.invisible-characters";

    private FreeText() {
    }

    /** Whether {@code text}, typed on one line, holds only characters that display as themselves. */
    public static boolean isClean(String text) {
        return text.codePoints().allMatch(FreeText::visible);
    }

    /** Whether {@code text}, typed in a text area, is clean; line breaks and tabs are allowed there. */
    public static boolean isCleanMultiline(String text) {
        return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || visible(c));
    }

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
