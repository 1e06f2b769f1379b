package org.passage.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CEL side of a rulebook's load: the environment its expressions see (declared facts,
 * parameters, lists, computed values and the date helpers), each expression compiled and checked
 * (result type, code literals, absent dates, message placeholders), and the one combined program
 * an assessment evaluates. {@link RulebookLoader} reads the YAML and hands the expressions here.
 */
final class RulebookCel {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    static final Pattern VALUE_REF = Pattern.compile("value\\.([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern PARAM_REF = Pattern.compile("param\\.([A-Z][A-Z0-9_]*)");
    /** Date helpers over epoch days: calendar months cannot be counted in plain integer arithmetic. */
    private static final List<CelFunctionDecl> DATE_FUNCTIONS = List.of(
            CelFunctionDecl.newFunctionDeclaration("addMonths",
                    CelOverloadDecl.newGlobalOverload("addMonths_int_int", SimpleType.INT, SimpleType.INT, SimpleType.INT)),
            CelFunctionDecl.newFunctionDeclaration("monthsBetween",
                    CelOverloadDecl.newGlobalOverload("monthsBetween_int_int", SimpleType.INT, SimpleType.INT,
                            SimpleType.INT)),
            CelFunctionDecl.newFunctionDeclaration("known",
                    CelOverloadDecl.newGlobalOverload("known_int", SimpleType.BOOL, SimpleType.INT)));
    /** A date compared with 0: the way an absent date was tested before {@code known(date)}. */
    private static final Pattern DATE_AGAINST_ZERO = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_.]*)\\s*(?:[=!]=|>)\\s*0(?![0-9.])");
    private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder()
            .addLibraries(CelExtensions.math(CelOptions.DEFAULT), CelExtensions.strings())
            .addFunctionBindings(
                    CelFunctionBinding.from("addMonths_int_int", Long.class, Long.class,
                            (day, months) -> LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay()),
                    CelFunctionBinding.from("monthsBetween_int_int", Long.class, Long.class,
                            (from, to) -> ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to))),
                    CelFunctionBinding.from("known_int", Long.class, day -> day != 0L))
            .build();

    private final String file;
    private final Map<String, Rulebook.FactDecl> facts;
    private final Map<String, Parameter> parameters;
    private final Map<String, Map<String, LocalizedText>> vocabulary;
    private final Map<String, FactType> valueTypes;
    private final CelCompiler compiler;

    RulebookCel(String file, Map<String, Rulebook.FactDecl> facts, Map<String, Parameter> parameters,
            Map<String, Rulebook.CodeList> lists, Map<String, Map<String, LocalizedText>> vocabulary,
            Map<String, FactType> valueTypes) {
        this.file = file;
        this.facts = facts;
        this.parameters = parameters;
        this.vocabulary = vocabulary;
        this.valueTypes = valueTypes;
        this.compiler = compiler(facts, parameters, lists, valueTypes);
    }

    /**
     * One CEL program for the whole rulebook, so an assessment is a single evaluation: the computed
     * values become {@code cel.bind} variables and the result is a map from each item's
     * {@link Rulebook#slot slot} (every value, condition and sponsor condition) to its result, so the
     * reading side looks each up by name and cannot fall out of step. The items were compiled one
     * by one first, for precise errors.
     */
    Rulebook.Expr combine(List<Rulebook.ValueRule> values, List<Rulebook.FindingRule> findings,
            List<Rulebook.DocumentRule> documents, List<Rulebook.DeadlineRule> deadlines) {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            results.add(entry(Rulebook.Slot.VALUE, i, bound(values.get(i).name())));
        }
        for (int i = 0; i < findings.size(); i++) {
            results.add(entry(Rulebook.Slot.FINDING, i, renamed(findings.get(i).when())));
        }
        for (int i = 0; i < documents.size(); i++) {
            Rulebook.DocumentRule d = documents.get(i);
            results.add(entry(Rulebook.Slot.DOCUMENT, i, d.when() == null ? "true" : renamed(d.when())));
            results.add(entry(Rulebook.Slot.SPONSOR_PROVIDES, i,
                    d.sponsorProvidesWhen() == null ? "false" : renamed(d.sponsorProvidesWhen())));
        }
        for (int i = 0; i < deadlines.size(); i++) {
            results.add(entry(Rulebook.Slot.DEADLINE, i, renamed(deadlines.get(i).when())));
        }
        String source = "{" + String.join(",\n", results) + "}";
        for (int i = values.size() - 1; i >= 0; i--) {
            Rulebook.ValueRule v = values.get(i);
            source = "cel.bind(" + bound(v.name()) + ", " + renamed(v.expr()) + ",\n" + source + ")";
        }
        try {
            var ast = compiler.compile(source).getAst();
            return new Rulebook.Expr(source, RUNTIME.createProgram(ast), List.of());
        } catch (CelValidationException | CelEvaluationException e) {
            throw fail("rulebook", "the combined program does not compile: " + e.getMessage());
        }
    }

    private static String entry(Rulebook.Slot slot, int index, String expression) {
        return "\"" + Rulebook.slot(slot, index) + "\": dyn(" + expression + ")";
    }

    private static String bound(String valueName) {
        return "v__" + valueName;
    }

    private static String renamed(Rulebook.Expr expr) {
        return "(" + VALUE_REF.matcher(expr.source()).replaceAll("v__$1") + ")";
    }

    private static CelCompiler compiler(Map<String, Rulebook.FactDecl> facts, Map<String, Parameter> parameters,
            Map<String, Rulebook.CodeList> lists, Map<String, FactType> valueTypes) {
        CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder()
                .addLibraries(CelExtensions.math(CelOptions.DEFAULT), CelExtensions.strings(), CelExtensions.bindings())
                .addFunctionDeclarations(DATE_FUNCTIONS)
                .addVar("applicationDate", SimpleType.INT);
        facts.values().forEach(f -> b.addVar(f.name(), celType(f.type())));
        parameters.values().forEach(p -> b.addVar("param." + p.name(), celType(p.type())));
        lists.keySet().forEach(l -> b.addVar("list." + l, ListType.create(SimpleType.STRING)));
        valueTypes.forEach((n, t) -> b.addVar("value." + n, celType(t)));
        return b.build();
    }

    Rulebook.Expr compile(String source, FactType expected, String item) {
        CelAbstractSyntaxTree ast;
        try {
            ast = compiler.compile(source).getAst();
        } catch (CelValidationException e) {
            throw fail(item, "CEL error in '" + source + "': " + e.getMessage());
        }
        CelType want = celType(expected);
        if (!ast.getResultType().equals(want)) {
            throw fail(item, "'" + source + "' gives " + ast.getResultType().name() + " where "
                    + want.name() + " is needed");
        }
        checkCodeLiterals(source, item);
        Matcher zero = DATE_AGAINST_ZERO.matcher(source);
        while (zero.find()) {
            if (typeOf(zero.group(1)) == FactType.DATE) {
                throw fail(item, "'" + zero.group(0) + "': test an absent date with known(" + zero.group(1) + ")");
            }
        }
        List<String> params = new ArrayList<>();
        Matcher m = PARAM_REF.matcher(source);
        while (m.find()) {
            if (!params.contains(m.group(1))) {
                params.add(m.group(1));
            }
        }
        try {
            return new Rulebook.Expr(source, RUNTIME.createProgram(ast), List.copyOf(params));
        } catch (CelEvaluationException e) {
            throw fail(item, "CEL program cannot be built: " + e.getMessage());
        }
    }

    /** Every string literal compared with a code-holding fact must be a code of that fact's group. */
    private void checkCodeLiterals(String source, String item) {
        for (Rulebook.FactDecl f : facts.values()) {
            if (f.codes() == null || !source.contains(f.name())) {
                continue;
            }
            String name = Pattern.quote(f.name());
            List<Pattern> shapes = List.of(
                    Pattern.compile("(?<![\\w.])" + name + "\\s*(?:==|!=)\\s*(\"[^\"]*\")"),
                    Pattern.compile("(\"[^\"]*\")\\s*(?:==|!=)\\s*" + name + "(?![\\w.])"),
                    Pattern.compile("(?<![\\w.])" + name + "\\s+in\\s+(\\[[^\\]]*\\])"),
                    Pattern.compile("(\"[^\"]*\")\\s+in\\s+" + name + "(?![\\w.])"),
                    Pattern.compile("(?<![\\w.])" + name + "\\.exists\\(\\w+,\\s*\\w+\\s*==\\s*(\"[^\"]*\")"));
            for (Pattern shape : shapes) {
                Matcher m = shape.matcher(source);
                while (m.find()) {
                    Matcher lit = STRING_LITERAL.matcher(m.group(1));
                    while (lit.find()) {
                        String code = lit.group(1);
                        if (!code.isEmpty() && !vocabulary.get(f.codes()).containsKey(code)) {
                            throw fail(item, "unknown code \"" + code + "\" for " + f.name() + " (group "
                                    + f.codes() + ")");
                        }
                    }
                }
            }
        }
    }

    void checkPlaceholders(LocalizedText text, String item) {
        for (String s : List.of(text.tr(), text.en(), text.de())) {
            Matcher m = Rulebook.PLACEHOLDER.matcher(s);
            while (m.find()) {
                String n = m.group(1);
                boolean known = n.equals("applicationDate") || facts.containsKey(n)
                        || (n.startsWith("param.") && parameters.containsKey(n.substring(6)))
                        || (n.startsWith("value.") && valueTypes.containsKey(n.substring(6)));
                if (!known) {
                    throw fail(item, "unknown placeholder {" + n + "}");
                }
            }
        }
    }

    private FactType typeOf(String name) {
        if (name.equals("applicationDate")) {
            return FactType.DATE;
        }
        if (name.startsWith("param.") && parameters.containsKey(name.substring(6))) {
            return parameters.get(name.substring(6)).type();
        }
        if (name.startsWith("value.")) {
            return valueTypes.get(name.substring(6));
        }
        Rulebook.FactDecl fact = facts.get(name);
        return fact == null ? null : fact.type();
    }

    static CelType celType(FactType t) {
        return switch (t) {
            case STRING -> SimpleType.STRING;
            case INT, DATE -> SimpleType.INT;
            case DOUBLE -> SimpleType.DOUBLE;
            case BOOL -> SimpleType.BOOL;
            case LIST -> ListType.create(SimpleType.STRING);
        };
    }

    private RulebookInvalidException fail(String item, String problem) {
        return new RulebookInvalidException(file, item, problem);
    }
}
