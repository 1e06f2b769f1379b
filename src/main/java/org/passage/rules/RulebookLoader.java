package org.passage.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a rulebook YAML file, validates every item and compiles every CEL expression once.
 * Anything wrong throws {@link RulebookInvalidException} naming the file and the item.
 */
final class RulebookLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    private static final Set<String> TOP_LEVEL = Set.of("id", "version", "title", "sources", "facts", "parameters",
            "lists", "vocabulary", "values", "findings", "documents", "deadlines", "legalisation", "inForce",
            "refusalGrounds");
    private final String file;
    private final BusinessDays businessDays;
    private Map<String, SourceDocument> sources;
    private Map<String, Rulebook.FactDecl> facts;
    private Map<String, Parameter> parameters;
    private Map<String, Rulebook.CodeList> lists;
    private Map<String, Map<String, LocalizedText>> vocabulary;
    private final Map<String, FactType> valueTypes = new LinkedHashMap<>();
    private RulebookCel cel;

    private RulebookLoader(String file, BusinessDays businessDays) {
        this.file = file;
        this.businessDays = businessDays;
    }

    static Rulebook load(String file, String yaml, BusinessDays businessDays) {
        return new RulebookLoader(file, businessDays).parse(yaml);
    }

    private Rulebook parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (RuntimeException e) {
            throw fail("file", "not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("file", "expected a mapping at the top level");
        }
        for (String key : root.propertyNames()) {
            if (!TOP_LEVEL.contains(key)) {
                throw fail(key, "unknown top-level key");
            }
        }
        String id = text(root, "id", "id");
        String expectedId = file.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
        if (!id.equals(expectedId)) {
            throw fail("id", "'" + id + "' does not match the file name '" + expectedId + "'");
        }
        String version = text(root, "version", "version");
        LocalizedText title = localized(root.get("title"), "title");
        sources = parseSources(root.get("sources"));
        facts = parseFacts(root.get("facts"));
        vocabulary = parseVocabulary(root.get("vocabulary"));
        Map<String, RefusalGround> refusalGrounds = parseRefusalGrounds(root.get("refusalGrounds"));
        for (Rulebook.FactDecl f : facts.values()) {
            if (f.codes() != null && !vocabulary.containsKey(f.codes())) {
                throw fail("facts[" + f.name() + "]", "unknown vocabulary group '" + f.codes() + "'");
            }
        }
        parameters = parseParameters(root.get("parameters"));
        lists = parseLists(root.get("lists"));
        JsonNode valuesNode = root.get("values");
        if (valuesNode != null) {
            for (JsonNode v : valuesNode) {
                String name = text(v, "name", "values[?]");
                if (!NAME.matcher(name).matches() || valueTypes.put(name, type(v, "values[" + name + "]")) != null) {
                    throw fail("values[" + name + "]", "invalid or duplicate value name");
                }
            }
        }
        cel = new RulebookCel(file, facts, parameters, lists, vocabulary, valueTypes);
        List<Rulebook.ValueRule> values = parseValues(valuesNode);
        List<Rulebook.FindingRule> findings = parseFindings(root.get("findings"));
        Rulebook.LegalisationRule legalisation = parseLegalisation(root.get("legalisation"));
        List<Rulebook.DocumentRule> documents = parseDocuments(root.get("documents"), legalisation);
        List<Rulebook.DeadlineRule> deadlines = parseDeadlines(root.get("deadlines"));
        Rulebook.Expr combined = cel.combine(values, findings, documents, deadlines);
        LocalDate inForceFrom = null;
        if (root.has("inForce")) {
            inForceFrom = date(root.get("inForce"), "from", "inForce", true);
            citation(root.get("inForce").get("citation"), "inForce");
        }
        return new Rulebook(id, version, file, title, sources, facts, parameters, lists, vocabulary, values,
                findings, documents, deadlines, legalisation, businessDays, combined, inForceFrom, refusalGrounds);
    }

    /**
     * The public documents the citations name: publisher and title (one text, or tr/en/de where a
     * translation exists), address where known, and when the text was read.
     */
    private Map<String, SourceDocument> parseSources(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw fail("sources", "at least one source is required");
        }
        Map<String, SourceDocument> m = new LinkedHashMap<>();
        for (var e : node.properties()) {
            String item = "sources[" + e.getKey() + "]";
            JsonNode s = e.getValue();
            if (s == null || !s.isObject()) {
                throw fail(item, "needs publisher, title, url (where known) and read");
            }
            for (String key : s.propertyNames()) {
                if (!Set.of("publisher", "title", "url", "read").contains(key)) {
                    throw fail(item, "unknown key '" + key + "'");
                }
            }
            String url = s.has("url") && !s.get("url").isNull() ? text(s, "url", item) : null;
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                throw fail(item, "url '" + url + "' is not a web address");
            }
            m.put(e.getKey(), new SourceDocument(textOrLocalized(s.get("publisher"), item + ".publisher"),
                    textOrLocalized(s.get("title"), item + ".title"), url, text(s, "read", item)));
        }
        return m;
    }

    /** One text for every language, or a translation each. */
    private LocalizedText textOrLocalized(JsonNode node, String item) {
        if (node != null && node.isString() && !node.asString().isBlank()) {
            String t = node.asString();
            return new LocalizedText(t, t, t);
        }
        return localized(node, item);
    }

    private Map<String, Rulebook.FactDecl> parseFacts(JsonNode node) {
        Map<String, Rulebook.FactDecl> m = new LinkedHashMap<>();
        if (node == null) {
            return m;
        }
        for (var e : node.properties()) {
            String name = e.getKey();
            String item = "facts[" + name + "]";
            if (!NAME.matcher(name).matches() || name.startsWith("param.") || name.startsWith("value.")
                    || name.startsWith("list.") || name.equals("applicationDate")) {
                throw fail(item, "not a valid fact name");
            }
            JsonNode v = e.getValue();
            FactType type;
            String codes = null;
            if (v.isObject()) {
                type = type(v, item);
                codes = v.has("codes") ? v.get("codes").asString() : null;
                if (codes != null && type != FactType.STRING && type != FactType.LIST) {
                    throw fail(item, "only string and list facts can hold codes");
                }
            } else {
                type = parseType(v.asString(), item);
            }
            m.put(name, new Rulebook.FactDecl(name, type, codes));
        }
        return m;
    }

    private Map<String, Map<String, LocalizedText>> parseVocabulary(JsonNode node) {
        Map<String, Map<String, LocalizedText>> m = new LinkedHashMap<>();
        if (node == null) {
            return m;
        }
        for (var g : node.properties()) {
            Map<String, LocalizedText> codes = new LinkedHashMap<>();
            for (var c : g.getValue().properties()) {
                String item = "vocabulary[" + g.getKey() + "." + c.getKey() + "]";
                requireCode(c.getKey(), item);
                codes.put(c.getKey(), localized(c.getValue(), item));
            }
            m.put(g.getKey(), codes);
        }
        return m;
    }

    /**
     * Refusal grounds: code → title and citation. They also become the vocabulary group
     * {@code refusalGround}, so the vocabulary API lists them.
     */
    private Map<String, RefusalGround> parseRefusalGrounds(JsonNode node) {
        Map<String, RefusalGround> m = new LinkedHashMap<>();
        if (node == null) {
            return m;
        }
        if (!node.isObject()) {
            throw fail("refusalGrounds", "expected a mapping of code to title and citation");
        }
        if (vocabulary.containsKey("refusalGround")) {
            throw fail("vocabulary[refusalGround]", "refusal grounds are listed under refusalGrounds");
        }
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        for (var e : node.properties()) {
            String item = "refusalGrounds[" + e.getKey() + "]";
            requireCode(e.getKey(), item);
            LocalizedText groundTitle = localized(e.getValue().get("title"), item + ".title");
            java.util.Set<String> permitTypes = new java.util.LinkedHashSet<>();
            JsonNode types = e.getValue().get("permitTypes");
            if (types != null) {
                if (!types.isArray()) {
                    throw fail(item + ".permitTypes", "expected a list of permit types");
                }
                for (JsonNode type : types) {
                    requireCode(type.asString(), item + ".permitTypes");
                    permitTypes.add(type.asString());
                }
            }
            m.put(e.getKey(), new RefusalGround(e.getKey(), groundTitle, citation(e.getValue().get("citation"), item),
                    permitTypes));
            titles.put(e.getKey(), groundTitle);
        }
        vocabulary.put("refusalGround", titles);
        return m;
    }

    private Map<String, Parameter> parseParameters(JsonNode node) {
        Map<String, Parameter> m = new LinkedHashMap<>();
        if (node == null) {
            return m;
        }
        for (var e : node.properties()) {
            String name = e.getKey();
            String item = "parameters[" + name + "]";
            requireCode(name, item);
            JsonNode p = e.getValue();
            FactType type = type(p, item);
            if (type != FactType.INT && type != FactType.DOUBLE && type != FactType.DATE) {
                throw fail(item, "a parameter is an int, double or date");
            }
            LocalizedText title = localized(p.get("title"), item + ".title");
            List<ParameterValue> periods = new ArrayList<>();
            JsonNode vs = p.get("values");
            if (vs == null || !vs.isArray() || vs.isEmpty()) {
                throw fail(item, "needs at least one value with from/to dates and a citation");
            }
            int i = 0;
            for (JsonNode v : vs) {
                String vi = item + ".values[" + i++ + "]";
                LocalDate from = date(v, "from", vi, true);
                LocalDate to = date(v, "to", vi, false);
                if (to != null && to.isBefore(from)) {
                    throw fail(vi, "'to' " + to + " is before 'from' " + from);
                }
                ParameterStatus status = v.has("status")
                        ? enumValue(ParameterStatus.class, text(v, "status", vi), vi + ".status")
                        : ParameterStatus.OFFICIAL;
                String note = v.has("note") ? text(v, "note", vi) : null;
                if (status != ParameterStatus.OFFICIAL && note == null) {
                    throw fail(vi, "an " + status + " period says why in a note");
                }
                JsonNode raw = v.get("value");
                if (status == ParameterStatus.UNKNOWN) {
                    if (raw != null) {
                        throw fail(vi, "an UNKNOWN period has no value");
                    }
                    periods.add(new ParameterValue(name, null, from, to, citation(v.get("citation"), vi), status,
                            note, null, false));
                    continue;
                }
                if (raw == null || raw.isNull()) {
                    throw fail(vi, "missing value");
                }
                Object value = switch (type) {
                    case INT -> {
                        if (!raw.isIntegralNumber()) {
                            throw fail(vi, "value must be a whole number");
                        }
                        yield raw.longValue();
                    }
                    case DOUBLE -> {
                        if (!raw.isNumber()) {
                            throw fail(vi, "value must be a number");
                        }
                        if ("TRY".equals(p.path("unit").asString(null))
                                && raw.decimalValue().stripTrailingZeros().scale() > 2) {
                            throw fail(vi, "an amount in TRY is exact to the kuruş (two decimals at most)");
                        }
                        yield raw.doubleValue();
                    }
                    default -> parseDate(raw.asString(), vi + ".value").toEpochDay();
                };
                periods.add(new ParameterValue(name, value, from, to, citation(v.get("citation"), vi), status, note,
                        null, false));
            }
            if (periods.stream().noneMatch(ParameterValue::known)) {
                throw fail(item, "has no value at all: at least one period needs a value");
            }
            periods.sort(Comparator.comparing(ParameterValue::from));
            for (int k = 1; k < periods.size(); k++) {
                ParameterValue prev = periods.get(k - 1);
                ParameterValue next = periods.get(k);
                if (prev.to() == null || !prev.to().isBefore(next.from())) {
                    throw fail(item, "periods overlap: the one from " + prev.from() + " and the one from "
                            + next.from());
                }
            }
            String unit = p.has("unit") ? p.get("unit").asString() : null;
            m.put(name, new Parameter(name, type, unit, title, periods));
        }
        return m;
    }

    private Map<String, Rulebook.CodeList> parseLists(JsonNode node) {
        Map<String, Rulebook.CodeList> m = new LinkedHashMap<>();
        if (node == null) {
            return m;
        }
        for (var e : node.properties()) {
            String item = "lists[" + e.getKey() + "]";
            requireCode(e.getKey(), item);
            Citation c = citation(e.getValue().get("citation"), item);
            List<String> values = new ArrayList<>();
            JsonNode vs = e.getValue().get("values");
            if (vs == null || !vs.isArray()) {
                throw fail(item, "needs values");
            }
            for (JsonNode v : vs) {
                if (!values.add(v.asString()) || values.indexOf(v.asString()) != values.size() - 1) {
                    throw fail(item, "'" + v.asString() + "' listed twice");
                }
            }
            m.put(e.getKey(), new Rulebook.CodeList(e.getKey(), c, List.copyOf(values)));
        }
        return m;
    }

    private List<Rulebook.ValueRule> parseValues(JsonNode node) {
        List<Rulebook.ValueRule> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Set<String> earlier = new HashSet<>();
        for (JsonNode v : node) {
            String name = v.get("name").asString();
            String item = "values[" + name + "]";
            FactType type = valueTypes.get(name);
            Rulebook.Expr expr = cel.compile(text(v, "expr", item), type, item);
            Matcher m = RulebookCel.VALUE_REF.matcher(expr.source());
            while (m.find()) {
                if (!earlier.contains(m.group(1))) {
                    throw fail(item, "uses value." + m.group(1) + " before it is computed");
                }
            }
            earlier.add(name);
            out.add(new Rulebook.ValueRule(name, type, expr, citation(v.get("citation"), item)));
        }
        return out;
    }

    private List<Rulebook.FindingRule> parseFindings(JsonNode node) {
        List<Rulebook.FindingRule> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Set<LocalizedText>> sameMessage = new HashMap<>();
        int i = 0;
        for (JsonNode f : node) {
            String code = text(f, "code", "findings[" + i++ + "]");
            String item = "findings[" + code + "]";
            requireCode(code, item);
            Severity severity = enumValue(Severity.class, text(f, "severity", item), item + ".severity");
            Severity before = severities.putIfAbsent(code, severity);
            if (before != null && before != severity) {
                throw fail(item, "the same code has severities " + before + " and " + severity);
            }
            LocalizedText message = localized(f.get("message"), item + ".message");
            LocalizedText title = f.has("title") ? localized(f.get("title"), item + ".title") : null;
            if (!sameMessage.computeIfAbsent(code, k -> new HashSet<>()).add(message)) {
                throw fail(item, "listed twice with the same message; give the one entry several 'cases'");
            }
            cel.checkPlaceholders(message, item + ".message");
            if (title == null && Rulebook.PLACEHOLDER.matcher(message.en()).find()) {
                throw fail(item, "a message with placeholders needs a title");
            }
            if (f.has("cases")) {
                if (f.has("when") || f.has("citation")) {
                    throw fail(item, "a finding has either 'when' and 'citation' or 'cases', not both");
                }
                if (!f.get("cases").isArray() || f.get("cases").isEmpty()) {
                    throw fail(item + ".cases", "needs at least one {when, citation}");
                }
                int n = 0;
                for (JsonNode c : f.get("cases")) {
                    String caseItem = item + ".cases[" + n++ + "]";
                    out.add(new Rulebook.FindingRule(code, severity,
                            cel.compile(text(c, "when", caseItem), FactType.BOOL, caseItem), message, title,
                            citation(c.get("citation"), caseItem)));
                }
            } else {
                Rulebook.Expr when = cel.compile(text(f, "when", item), FactType.BOOL, item);
                out.add(new Rulebook.FindingRule(code, severity, when, message, title,
                        citation(f.get("citation"), item)));
            }
        }
        return out;
    }

    private Rulebook.LegalisationRule parseLegalisation(JsonNode node) {
        if (node == null) {
            return null;
        }
        String issuedIn = text(node, "issuedIn", "legalisation");
        String domestic = text(node, "domestic", "legalisation");
        String states = text(node, "apostilleStates", "legalisation");
        Rulebook.FactDecl f = facts.get(issuedIn);
        if (f == null || f.type() != FactType.STRING) {
            throw fail("legalisation.issuedIn", "'" + issuedIn + "' is not a declared string fact");
        }
        if (!lists.containsKey(states)) {
            throw fail("legalisation.apostilleStates", "no list named '" + states + "'");
        }
        return new Rulebook.LegalisationRule(issuedIn, domestic, states);
    }

    private List<Rulebook.DocumentRule> parseDocuments(JsonNode node, Rulebook.LegalisationRule legalisation) {
        List<Rulebook.DocumentRule> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode d : node) {
            String code = text(d, "code", "documents[" + i++ + "]");
            String item = "documents[" + code + "]";
            requireCode(code, item);
            if (!codes.add(code)) {
                throw fail(item, "document code listed twice; join its conditions with || in one entry");
            }
            Provider provider = enumValue(Provider.class, text(d, "provider", item), item + ".provider");
            Rulebook.Expr when = d.has("when") ? cel.compile(text(d, "when", item), FactType.BOOL, item) : null;
            Rulebook.Expr sponsorProvides = d.has("sponsorProvidesWhen")
                    ? cel.compile(text(d, "sponsorProvidesWhen", item), FactType.BOOL, item + ".sponsorProvidesWhen") : null;
            boolean foreign = d.has("foreign") && d.get("foreign").asBoolean();
            if (foreign && legalisation == null) {
                throw fail(item, "foreign documents need the top-level 'legalisation' setting");
            }
            Concerns concerns = d.has("concerns")
                    ? enumValue(Concerns.class, text(d, "concerns", item), item + ".concerns") : Concerns.APPLICANT;
            out.add(new Rulebook.DocumentRule(code, localized(d.get("title"), item + ".title"),
                    localized(d.get("why"), item + ".why"), provider, when, sponsorProvides,
                    d.has("onRequest") && d.get("onRequest").asBoolean(), foreign, citation(d.get("citation"), item),
                    concerns, d.has("ifApplicable") && d.get("ifApplicable").asBoolean(), flag(d, "mayBring", item)));
        }
        return out;
    }

    /** An optional yes/no setting of an item: absent is false, anything but true or false fails the load. */
    private boolean flag(JsonNode node, String name, String item) {
        if (!node.has(name)) {
            return false;
        }
        if (!node.get(name).isBoolean()) {
            throw fail(item + "." + name, "expected true or false");
        }
        return node.get(name).asBoolean();
    }

    private List<Rulebook.DeadlineRule> parseDeadlines(JsonNode node) {
        List<Rulebook.DeadlineRule> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        int i = 0;
        for (JsonNode d : node) {
            String code = text(d, "code", "deadlines[" + i++ + "]");
            String item = "deadlines[" + code + "]";
            requireCode(code, item);
            String from = text(d, "from", item);
            if (!from.equals("applicationDate")
                    && (!facts.containsKey(from) || facts.get(from).type() != FactType.DATE)) {
                throw fail(item, "'from' must be applicationDate or a date fact, not '" + from + "'");
            }
            JsonNode plus = d.get("plus");
            if (plus == null || !plus.isObject() || plus.isEmpty()) {
                throw fail(item, "needs plus: {months|days|businessDays: n}");
            }
            for (String k : plus.propertyNames()) {
                if (!Set.of("months", "days", "businessDays").contains(k) || !plus.get(k).isIntegralNumber()) {
                    throw fail(item, "plus." + k + " is not months, days or businessDays with a whole number");
                }
            }
            Rulebook.Expr when = d.has("when") ? cel.compile(text(d, "when", item), FactType.BOOL, item)
                    : cel.compile("true", FactType.BOOL, item);
            out.add(new Rulebook.DeadlineRule(code, when, from, plus.path("months").asInt(0),
                    plus.path("days").asInt(0), plus.path("businessDays").asInt(0),
                    localized(d.get("title"), item + ".title"), citation(d.get("citation"), item)));
        }
        return out;
    }

    private FactType type(JsonNode node, String item) {
        return parseType(text(node, "type", item), item);
    }

    private FactType parseType(String s, String item) {
        try {
            return FactType.parse(s);
        } catch (IllegalArgumentException e) {
            throw fail(item, "unknown type '" + s + "' (string, int, double, bool, date, list)");
        }
    }

    private LocalizedText localized(JsonNode node, String item) {
        if (node == null || !node.isObject()) {
            throw fail(item, "needs a text in tr, en and de");
        }
        Set<String> keys = new LinkedHashSet<>(node.propertyNames());
        if (!keys.equals(Set.of("tr", "en", "de"))) {
            throw fail(item, "translations must be exactly tr, en and de; found " + keys);
        }
        for (String k : keys) {
            if (!node.get(k).isString() || node.get(k).asString().isBlank()) {
                throw fail(item, "the '" + k + "' translation is missing or blank");
            }
        }
        return new LocalizedText(node.get("tr").asString(), node.get("en").asString(), node.get("de").asString());
    }

    private Citation citation(JsonNode node, String item) {
        if (node == null || !node.isObject()) {
            throw fail(item, "missing citation");
        }
        String source = text(node, "source", item + ".citation");
        String section = text(node, "section", item + ".citation");
        if (!sources.containsKey(source)) {
            throw fail(item, "citation source '" + source + "' is not listed under sources");
        }
        return new Citation(source, section, sources.get(source));
    }

    private LocalDate date(JsonNode node, String key, String item, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw fail(item, "missing '" + key + "' date");
            }
            return null;
        }
        return parseDate(v.asString(), item + "." + key);
    }

    private LocalDate parseDate(String s, String item) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(item, "'" + s + "' is not a date (yyyy-mm-dd)");
        }
    }

    private String text(JsonNode node, String key, String item) {
        JsonNode v = node == null ? null : node.get(key);
        if (v == null || v.isNull() || v.isContainer() || v.asString().isBlank()) {
            throw fail(item, "missing '" + key + "'");
        }
        return v.asString();
    }

    private void requireCode(String code, String item) {
        if (!CODE.matcher(code).matches()) {
            throw fail(item, "'" + code + "' is not an UPPER_SNAKE code");
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String item) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail(item, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private RulebookInvalidException fail(String item, String problem) {
        return new RulebookInvalidException(file, item, problem);
    }
}
