package org.passage.rules;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A loaded, validated rulebook: its vocabulary, parameters and compiled rules, ready to assess cases. */
public final class Rulebook {

    /** The warning that a parameter's latest known value was used past its period. */
    public static final String PARAMETER_PROVISIONAL = "PARAMETER_PROVISIONAL";
    private static final LocalizedText PROVISIONAL_TITLE = new LocalizedText(
            "Henüz yayımlanmamış bir değer yerine son bilinen değer kullanıldı",
            "The latest known value was used for a value not yet published",
            "Für einen noch nicht veröffentlichten Wert wurde der letzte bekannte verwendet");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    record FactDecl(String name, FactType type, String codes) {
    }

    record CodeList(String name, Citation citation, List<String> values) {
    }

    /** A compiled CEL expression with the parameters it reads. */
    record Expr(String source, CelRuntime.Program program, List<String> parameters) {
        Object eval(Map<String, Object> activation, String file, String item) {
            try {
                return program.eval(activation);
            } catch (CelEvaluationException e) {
                throw new IllegalStateException(file + ": " + item + ": evaluation failed: " + e.getMessage(), e);
            }
        }
    }

    record ValueRule(String name, FactType type, Expr expr, Citation citation) {
    }

    record FindingRule(String code, Severity severity, Expr when, LocalizedText message, LocalizedText title,
            Citation citation) {
    }

    record DocumentRule(String code, LocalizedText title, LocalizedText why, Provider provider, Expr when,
            Expr sponsorProvidesWhen, boolean onRequest, boolean foreign, Citation citation, Concerns concerns,
            boolean ifApplicable, boolean mayBring) {
    }

    record DeadlineRule(String code, Expr when, String from, int months, int days, int businessDays,
            LocalizedText title, Citation citation) {
    }

    record LegalisationRule(String issuedIn, String domestic, String apostilleStates) {
    }

    private final String id;
    private final String version;
    private final String file;
    private final LocalizedText title;
    private final Map<String, SourceDocument> sources;
    private final Map<String, FactDecl> facts;
    private final Map<String, Parameter> parameters;
    private final Map<String, CodeList> lists;
    private final Map<String, Map<String, LocalizedText>> vocabulary;
    private final List<ValueRule> values;
    private final List<FindingRule> findings;
    private final List<DocumentRule> documents;
    private final List<DeadlineRule> deadlines;
    private final LegalisationRule legalisation;
    private final BusinessDays businessDays;
    private final Map<String, Object> constants;
    /** Every value and condition of the rulebook as one program: one evaluation per assessment. */
    private final Expr combined;
    /** The first day the rulebook's rules apply; null when only the parameters' dates say so. */
    private final LocalDate inForceFrom;
    private final Map<String, RefusalGround> refusalGrounds;
    /**
     * The periods two administrators approved, by parameter name, read afresh for every assessment
     * (from PostgreSQL in the application), so that every node uses a value from the moment it is
     * approved. None until {@link Rulebooks#readApprovedValuesFrom} sets the reader.
     */
    private volatile Supplier<Map<String, List<ParameterValue>>> approvedValues = Map::of;

    Rulebook(String id, String version, String file, LocalizedText title, Map<String, SourceDocument> sources,
            Map<String, FactDecl> facts, Map<String, Parameter> parameters, Map<String, CodeList> lists,
            Map<String, Map<String, LocalizedText>> vocabulary, List<ValueRule> values, List<FindingRule> findings,
            List<DocumentRule> documents, List<DeadlineRule> deadlines, LegalisationRule legalisation,
            BusinessDays businessDays, Expr combined, LocalDate inForceFrom,
            Map<String, RefusalGround> refusalGrounds) {
        this.refusalGrounds = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refusalGrounds));
        this.combined = combined;
        this.inForceFrom = inForceFrom;
        this.id = id;
        this.version = version;
        this.file = file;
        this.title = title;
        this.sources = Collections.unmodifiableMap(sources);
        this.facts = Collections.unmodifiableMap(facts);
        this.parameters = Collections.unmodifiableMap(parameters);
        this.lists = Collections.unmodifiableMap(lists);
        this.vocabulary = Collections.unmodifiableMap(vocabulary);
        this.values = List.copyOf(values);
        this.findings = List.copyOf(findings);
        this.documents = List.copyOf(documents);
        this.deadlines = List.copyOf(deadlines);
        this.legalisation = legalisation;
        this.businessDays = businessDays;
        Map<String, Object> c = new HashMap<>();
        lists.values().forEach(l -> c.put("list." + l.name(), l.values()));
        this.constants = Map.copyOf(c);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public LocalizedText title() {
        return title;
    }

    /** The first day the rulebook's rules apply, when the rulebook names one. */
    public java.util.Optional<LocalDate> inForceFrom() {
        return java.util.Optional.ofNullable(inForceFrom);
    }

    /** The refusal grounds by code, in the rulebook's order (empty when it lists none). */
    public Map<String, RefusalGround> refusalGrounds() {
        return refusalGrounds;
    }

    /** Vocabulary groups, each an ordered map of code to title. */
    public Map<String, Map<String, LocalizedText>> vocabulary() {
        return vocabulary;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** Lets this rulebook read, at each assessment, the periods two administrators approved. */
    public void readApprovedValuesFrom(Supplier<Map<String, List<ParameterValue>>> reader) {
        this.approvedValues = reader;
    }

    /** The periods two administrators approved, by parameter name, as they stand now. */
    public Map<String, List<ParameterValue>> approvedValues() {
        return approvedValues.get();
    }

    public Parameter parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException(id + " has no parameter " + name);
        }
        return p;
    }

    /** A code list kept as data (e.g. the Apostille Convention states). */
    public List<String> list(String name) {
        CodeList l = lists.get(name);
        if (l == null) {
            throw new IllegalArgumentException(id + " has no list " + name);
        }
        return l.values();
    }

    /** The public documents by citation key, each described in English (use {@link #source} for other languages). */
    public Map<String, String> sources() {
        Map<String, String> m = new LinkedHashMap<>();
        sources.forEach((key, document) -> m.put(key, document.describe(java.util.Locale.ENGLISH)));
        return Collections.unmodifiableMap(m);
    }

    /** The public document a citation key stands for. */
    public SourceDocument source(String key) {
        SourceDocument d = sources.get(key);
        if (d == null) {
            throw new IllegalArgumentException(id + " has no source " + key);
        }
        return d;
    }

    /** Every finding code with its severity and title, first entry of each code. */
    public Map<String, FindingRule> findingCodes() {
        Map<String, FindingRule> m = new LinkedHashMap<>();
        findings.forEach(f -> m.putIfAbsent(f.code(), f));
        m.putIfAbsent(PARAMETER_PROVISIONAL, new FindingRule(PARAMETER_PROVISIONAL, Severity.WARNING, null,
                PROVISIONAL_TITLE, PROVISIONAL_TITLE, null));
        return m;
    }

    /** Title of a finding code for listings: its title, or its message when it has none. */
    public LocalizedText findingTitle(String code) {
        FindingRule f = findingCodes().get(code);
        return f == null ? null : (f.title() != null ? f.title() : f.message());
    }

    /** The citation of a finding code, null for an unknown code. */
    public Citation findingCitation(String code) {
        FindingRule f = findingCodes().get(code);
        return f == null ? null : f.citation();
    }

    public Severity findingSeverity(String code) {
        FindingRule f = findingCodes().get(code);
        return f == null ? null : f.severity();
    }

    public Map<String, LocalizedText> documentTitles() {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        documents.forEach(d -> m.put(d.code(), d.title()));
        return m;
    }

    public Map<String, LocalizedText> deadlineTitles() {
        Map<String, LocalizedText> m = new LinkedHashMap<>();
        deadlines.forEach(d -> m.putIfAbsent(d.code(), d.title()));
        return m;
    }

    /** Whether a code belongs to a vocabulary group. */
    public boolean hasCode(String group, String code) {
        Map<String, LocalizedText> g = vocabulary.get(group);
        return g != null && g.containsKey(code);
    }

    /**
     * Checks that a request field holds a code of the group; null passes (presence is checked elsewhere).
     * A problem naming the field is added to {@code problems} when it does not.
     */
    public void checkCode(String group, String code, String field, List<InvalidRequestException.FieldProblem> problems) {
        if (code != null && !hasCode(group, code)) {
            problems.add(new InvalidRequestException.FieldProblem(field, "problem.field.unknown-code", abbreviate(code),
                    String.join(", ", vocabulary.getOrDefault(group, Map.of()).keySet())));
        }
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9_\\-]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** The kinds of result the combined program gives, each item's under its own key. */
    enum Slot {
        VALUE("v"), FINDING("f"), DOCUMENT("d"), SPONSOR_PROVIDES("s"), DEADLINE("t");

        private final String prefix;

        Slot(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The key of the {@code index}th item of a kind in the combined program's result map. */
    static String slot(Slot kind, int index) {
        return kind.prefix + index;
    }

    /** The declared fact names; a fact builder must supply exactly these. */
    public Set<String> factNames() {
        return facts.keySet();
    }

    /** Assesses one case by the rules in force on {@code applicationDate}. */
    public Assessment assess(Facts input, LocalDate applicationDate, boolean explain) {
        if (inForceFrom != null && applicationDate.isBefore(inForceFrom)) {
            throw ParameterNotInForceException.beforeRulebook(id, inForceFrom, applicationDate);
        }
        Map<String, ParameterValue> inForce = inForce(applicationDate);
        Map<String, Object> act = activation(input, applicationDate, inForce);
        Map<?, ?> results;
        try {
            results = (Map<?, ?>) combined.eval(act, file, "rulebook");
        } catch (IllegalStateException e) {
            for (Parameter p : parameters.values()) {
                if (!act.containsKey("param." + p.name()) && e.getMessage().contains("param." + p.name())) {
                    throw new ParameterNotInForceException(p.name(), applicationDate);
                }
            }
            throw e;
        }
        List<TraceEntry> trace = explain ? new ArrayList<>() : null;

        Map<String, Object> computed = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ValueRule v = values.get(i);
            Object r = checked(results.get(slot(Slot.VALUE, i)), v.type(), v.expr(), act, applicationDate, "values[" + v.name() + "]");
            act.put("value." + v.name(), r);
            computed.put(v.name(), v.type() == FactType.DATE ? LocalDate.ofEpochDay((Long) r) : r);
            if (trace != null) {
                trace.add(entry("value", v.name(), v.expr(), r, v.citation(), inForce, applicationDate));
            }
        }

        List<Finding> found = new ArrayList<>();
        Set<String> foundCodes = new LinkedHashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingRule f = findings.get(i);
            if (isTrue(results.get(slot(Slot.FINDING, i)), f.when(), act, applicationDate, "findings[" + f.code() + "]")) {
                if (foundCodes.add(f.code())) {
                    found.add(new Finding(f.code(), f.severity(), f.message().map(m -> fill(m, act)), f.citation()));
                }
                if (trace != null) {
                    trace.add(entry("finding", f.code(), f.when(), true, f.citation(), inForce, applicationDate));
                }
            }
        }

        List<RequiredDocument> docs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentRule d = documents.get(i);
            if (isTrue(results.get(slot(Slot.DOCUMENT, i)), d.when(), act, applicationDate,
                    "documents[" + d.code() + "]")) {
                Provider provider = isTrue(results.get(slot(Slot.SPONSOR_PROVIDES, i)), d.sponsorProvidesWhen(), act, applicationDate,
                        "documents[" + d.code() + "].sponsorProvidesWhen") ? Provider.SPONSOR : d.provider();
                docs.add(new RequiredDocument(d.code(), d.title(), d.why(), provider, d.onRequest(),
                        d.foreign() ? legalisation(act) : Legalisation.NONE, d.citation(), d.concerns(),
                        d.ifApplicable(), d.mayBring()));
                if (trace != null) {
                    trace.add(entry("document", d.code(), d.when(), true, d.citation(), inForce, applicationDate));
                }
            }
        }

        List<Deadline> due = new ArrayList<>();
        Set<String> dueCodes = new LinkedHashSet<>();
        for (int i = 0; i < deadlines.size(); i++) {
            DeadlineRule d = deadlines.get(i);
            boolean fires = isTrue(results.get(slot(Slot.DEADLINE, i)), d.when(), act, applicationDate, "deadlines[" + d.code() + "]");
            if (!fires || dueCodes.contains(d.code())) {
                continue;
            }
            long start = (Long) act.get(d.from());
            if (start == 0L) {
                continue;
            }
            LocalDate date = LocalDate.ofEpochDay(start).plusMonths(d.months()).plusDays(d.days());
            if (d.businessDays() > 0) {
                date = businessDays.add(date, d.businessDays());
            }
            dueCodes.add(d.code());
            due.add(new Deadline(d.code(), date, d.title(), d.citation()));
            if (trace != null) {
                trace.add(entry("deadline", d.code(), d.when(), date, d.citation(), inForce, applicationDate));
            }
        }
        for (ParameterValue v : inForce.values()) {
            if (v.provisional() && answerReads(v.name(), act)) {
                found.add(new Finding(PARAMETER_PROVISIONAL, Severity.WARNING, provisionalMessage(v, applicationDate),
                        v.citation()));
                if (trace != null) {
                    trace.add(new TraceEntry("parameter", v.name(), "provisional", v.value(), List.of(v), v.citation()));
                }
            }
        }
        return new Assessment(new RulebookRef(id, version, applicationDate), List.copyOf(found), List.copyOf(docs),
                List.copyOf(due), Collections.unmodifiableMap(computed), trace == null ? List.of() : List.copyOf(trace));
    }

    /**
     * Whether the answer depends on a parameter: some rule reading it (directly or through a computed
     * value) gives no result without it. A rule that does not apply to the case (e.g. the family
     * income rule for a student) still gives its result, so the parameter does not count then.
     */
    private boolean answerReads(String parameter, Map<String, Object> act) {
        Map<String, Object> without = new HashMap<>(act);
        without.remove("param." + parameter);
        List<Expr> reading = new ArrayList<>();
        for (ValueRule v : values) {
            if (mentions(v.expr(), parameter)) {
                without.remove("value." + v.name());
                reading.add(v.expr());
            }
        }
        for (FindingRule f : findings) {
            reading.add(f.when());
        }
        for (DocumentRule d : documents) {
            reading.add(d.when());
            reading.add(d.sponsorProvidesWhen());
        }
        for (DeadlineRule d : deadlines) {
            reading.add(d.when());
        }
        for (Expr e : reading) {
            if (e == null || !mentions(e, parameter)) {
                continue;
            }
            try {
                Object r = e.program().eval(without);
                if (!(r instanceof Boolean || r instanceof Long || r instanceof Double || r instanceof String
                        || r instanceof List)) {
                    return true;
                }
            } catch (dev.cel.runtime.CelEvaluationException | RuntimeException ex) {
                return true;
            }
        }
        return false;
    }

    private LocalizedText provisionalMessage(ParameterValue v, LocalDate date) {
        Parameter p = parameters.get(v.name());
        String value = shown(v.value(), p.type()) + (p.unit() == null ? "" : " " + p.unit());
        String from = v.from().toString();
        String to = v.to() == null ? "" : v.to().toString();
        return new LocalizedText(
                p.title().tr() + ": " + date + " için değer henüz yayımlanmadı; " + from + " – " + to
                        + " döneminin değeri (" + value + ") geçici olarak kullanıldı.",
                p.title().en() + ": no value has been published yet for " + date + "; the value of the period "
                        + from + " – " + to + " (" + value + ") was used provisionally.",
                p.title().de() + ": Für den " + date + " ist noch kein Wert veröffentlicht; der Wert des Zeitraums "
                        + from + " – " + to + " (" + value + ") wurde vorläufig verwendet.");
    }

    private static String shown(Object value, FactType type) {
        if (type == FactType.DATE && value instanceof Long l) {
            return LocalDate.ofEpochDay(l).toString();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(value);
    }

    private boolean isTrue(Object result, Expr expr, Map<String, Object> act, LocalDate date, String item) {
        return (Boolean) checked(result, FactType.BOOL, expr, act, date, item);
    }

    /**
     * A result of the declared type, or a problem: the planner yields an unknown (not an error) when a
     * rule reads a parameter that has no value on the date, and that must never pass as false.
     */
    private Object checked(Object result, FactType type, Expr expr, Map<String, Object> act, LocalDate date,
            String item) {
        boolean ok = switch (type) {
            case BOOL -> result instanceof Boolean;
            case INT, DATE -> result instanceof Long;
            case DOUBLE -> result instanceof Double;
            case STRING -> result instanceof String;
            case LIST -> result instanceof List;
        };
        if (ok) {
            return result;
        }
        if (expr != null) {
            for (Parameter p : parameters.values()) {
                if (!act.containsKey("param." + p.name()) && mentions(expr, p.name())) {
                    throw new ParameterNotInForceException(p.name(), date);
                }
            }
        }
        throw new IllegalStateException(file + ": " + item + ": expected a " + type + " result, got " + result);
    }

    /** Whether an expression reads a parameter, directly or through the computed values it uses. */
    private boolean mentions(Expr expr, String parameter) {
        if (expr.source().contains("param." + parameter)) {
            return true;
        }
        for (ValueRule v : values) {
            if (expr.source().contains("value." + v.name()) && mentions(v.expr(), parameter)) {
                return true;
            }
        }
        return false;
    }

    /** Each parameter's value on the date, with the approved periods; provisional past the last known one. */
    private Map<String, ParameterValue> inForce(LocalDate date) {
        Map<String, List<ParameterValue>> approved = approvedValues.get();
        Map<String, ParameterValue> m = new LinkedHashMap<>();
        for (Parameter p : parameters.values()) {
            p.valueOn(date, approved.getOrDefault(p.name(), List.of())).ifPresent(v -> m.put(p.name(), v));
        }
        return m;
    }

    private Map<String, Object> activation(Facts input, LocalDate applicationDate, Map<String, ParameterValue> inForce) {
        Map<String, Object> given = input.asMap();
        if (!given.keySet().equals(facts.keySet())) {
            Set<String> missing = new LinkedHashSet<>(facts.keySet());
            missing.removeAll(given.keySet());
            Set<String> extra = new LinkedHashSet<>(given.keySet());
            extra.removeAll(facts.keySet());
            throw new IllegalArgumentException(id + ": facts do not match the rulebook; missing " + missing
                    + ", undeclared " + extra);
        }
        Map<String, Object> act = new HashMap<>(given.size() + parameters.size() + constants.size() + 16);
        act.putAll(given);
        act.putAll(constants);
        act.put("applicationDate", applicationDate.toEpochDay());
        // A parameter with no value on this date stays unbound: CEL's && and || absorb the error in
        // rules that do not apply, and a rule that does read it fails with the parameter's name.
        inForce.forEach((name, v) -> act.put("param." + name, v.value()));
        return act;
    }

    private Legalisation legalisation(Map<String, Object> act) {
        if (legalisation == null) {
            return Legalisation.NONE;
        }
        String country = (String) act.get(legalisation.issuedIn());
        if (country == null || country.isEmpty() || country.equals(legalisation.domestic())) {
            return Legalisation.NONE;
        }
        return lists.get(legalisation.apostilleStates()).values().contains(country)
                ? Legalisation.APOSTILLE : Legalisation.CONSULAR;
    }

    private TraceEntry entry(String kind, String code, Expr expr, Object result, Citation citation,
            Map<String, ParameterValue> inForce, LocalDate date) {
        List<ParameterValue> used = new ArrayList<>();
        if (expr != null) {
            for (String p : expr.parameters()) {
                ParameterValue v = inForce.get(p);
                if (v == null) {
                    throw new ParameterNotInForceException(p, date);
                }
                used.add(v);
            }
        }
        Object shown = result instanceof Long l && "value".equals(kind) && isDateValue(code)
                ? LocalDate.ofEpochDay(l) : result;
        return new TraceEntry(kind, code, expr == null ? "true" : expr.source(), shown, used, citation);
    }

    private boolean isDateValue(String name) {
        return values.stream().anyMatch(v -> v.name().equals(name) && v.type() == FactType.DATE);
    }

    FactType typeOf(String name) {
        if (name.equals("applicationDate")) {
            return FactType.DATE;
        }
        if (name.startsWith("param.")) {
            Parameter p = parameters.get(name.substring(6));
            return p == null ? null : p.type();
        }
        if (name.startsWith("value.")) {
            String n = name.substring(6);
            return values.stream().filter(v -> v.name().equals(n)).map(ValueRule::type).findFirst().orElse(null);
        }
        FactDecl f = facts.get(name);
        return f == null ? null : f.type();
    }

    private String fill(String message, Map<String, Object> act) {
        if (message.indexOf('{') < 0) {
            return message;
        }
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object v = act.get(name);
            String text;
            if (typeOf(name) == FactType.DATE && v instanceof Long l) {
                text = LocalDate.ofEpochDay(l).toString();
            } else if (v instanceof Double d && d == Math.rint(d)) {
                text = Long.toString(d.longValue());
            } else {
                text = String.valueOf(v);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
