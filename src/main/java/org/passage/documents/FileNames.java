package org.passage.documents;

import java.text.Normalizer;

/**
 * Makes a client's file name fit for display and for a database column. The result is never used
 * in a path: the stores name files by document id only.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "document";

    private static final int MAX_EXTENSION_LENGTH = 10;

    private FileNames() {
    }

    /**
     * The last path segment (of either separator), in NFC, without control, format (such as
     * right-to-left overrides) or unpaired surrogate characters, trimmed, at most 120 code points
     * with a short extension kept; {@code document} when nothing is left.
     */
    static String sanitise(String declared) {
        if (declared == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(Math.min(name.length(), 4 * MAX_LENGTH));
        name.codePoints().filter(FileNames::isPrintable).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.chars().allMatch(character -> character == '.')) {
            return FALLBACK;
        }
        return shorten(name);
    }

    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION_LENGTH) {
            extension = "";
            extensionLength = 0;
        }
        String stem = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extensionLength)).strip();
        return stem + extension;
    }
}
