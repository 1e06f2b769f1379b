package org.passage.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text a reader would see that is written into a Thymeleaf template instead of coming from
 * the message bundles: text nodes, and the alt, title, aria-label and placeholder attributes.
 *
 * <p>A heuristic, not an HTML parser: text inside an element whose content Thymeleaf replaces
 * (th:text, th:utext, th:replace, th:insert, th:remove) is a placeholder and is ignored, as is
 * text without letters (entities such as &amp;copy; do not count), inline expressions ([[...]], [(...)]), comments, script and style.
 */
final class LiteralTextScanner {

    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![^>]*>|<(script|style)\\b[^>]*>.*?</\\1\\s*>|</?([a-zA-Z][\\w:.-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

    private LiteralTextScanner() {
    }

    /** One finding per literal text, naming the line and the text. */
    static List<String> scan(String template) {
        List<String> findings = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher token = TOKEN.matcher(template);
        int textStart = 0;
        while (token.find()) {
            if (replaced.stream().noneMatch(Boolean::booleanValue)) {
                checkText(template, textStart, token.start(), findings);
            }
            textStart = token.end();
            String name = token.group(2);
            if (name == null) {
                continue;
            }
            String whole = token.group();
            String element = name.toLowerCase(Locale.ROOT);
            if (whole.startsWith("</")) {
                while (!open.isEmpty()) {
                    replaced.pop();
                    if (open.pop().equals(element)) {
                        break;
                    }
                }
                continue;
            }
            Map<String, String> attributes = attributes(token.group(3));
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && isLiteral(attribute.getValue())) {
                    findings.add("line " + line(template, token.start()) + ": " + attribute.getKey() + "=\""
                            + attribute.getValue().strip() + "\"");
                }
            }
            boolean selfClosing = whole.endsWith("/>") || VOID_ELEMENTS.contains(element);
            if (!selfClosing) {
                open.push(element);
                replaced.push(attributes.keySet().stream().anyMatch(CONTENT_REPLACING::contains));
            }
        }
        if (replaced.stream().noneMatch(Boolean::booleanValue)) {
            checkText(template, textStart, template.length(), findings);
        }
        return findings;
    }

    private static void checkText(String template, int start, int end, List<String> findings) {
        String text = template.substring(start, end);
        if (isLiteral(text)) {
            findings.add("line " + line(template, start) + ": \"" + text.strip() + "\"");
        }
    }

    private static boolean isLiteral(String text) {
        String withoutExpressions = ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll("")).replaceAll("");
        return LETTER.matcher(withoutExpressions).find();
    }

    private static Map<String, String> attributes(String source) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(source == null ? "" : source);
        while (attribute.find()) {
            String value = attribute.group(2) == null ? "" : attribute.group(2);
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return attributes;
    }

    private static int line(String template, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (template.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
