package org.passage.payments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passage.payments.Money;
import org.passage.rules.Citation;
import org.passage.rules.FactType;
import org.passage.rules.Parameter;
import org.passage.rules.Rulebook;
import org.passage.rules.Rulebooks;
import org.passage.rules.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The residence-permit fee table ({@code payments/fee-table.yaml}): fee items with their amount
 * per nationality group, named as parameters of a rulebook (whose periods, statuses and sources,
 * and the values administrators approve, say what each amount is on a date), and the exemptions.
 * Read once; a table naming an unknown parameter or source, or a parameter that is not an amount
 * in TRY, is refused with the file and the item named.
 */
final class FeeTable {

    static final String DEFAULT_LOCATION = "payments/fee-table.yaml";

    /** How an item's amount is made: one amount, or the first month plus each following month. */
    enum Kind { FLAT, MONTHLY }

    /**
     * The amount parameters of an item for a nationality group: {@code amount} for a FLAT item,
     * {@code firstMonth} and {@code followingMonth} for a MONTHLY one.
     */
    record Rate(String group, String amount, String firstMonth, String followingMonth) {

        List<String> parameters() {
            return amount != null ? List.of(amount) : List.of(firstMonth, followingMonth);
        }
    }

    record Item(String code, Kind kind, LocalizedText title, Citation basis, List<Rate> rates) {
    }

    record Group(String code, LocalizedText title, List<String> countries, Citation citation) {

        /** The group of every nationality no other group lists. */
        static final String GENERAL = "GENERAL";
    }

    record Exemption(String code, String item, LocalizedText title, List<String> permitTypes,
            List<String> exceptStudyLevels, LocalDate from, LocalDate to, Citation citation) {

        boolean applies(String item, String permitType, String studyLevel, LocalDate date) {
            return this.item.equals(item) && permitTypes.contains(permitType)
                    && (studyLevel == null || !exceptStudyLevels.contains(studyLevel))
                    && !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private record TableFile(String version, String currency, String rulebook, List<Group> nationalityGroups,
            List<Item> items, List<Exemption> exemptions) {
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String version;
    private final Rulebook rulebook;
    private final List<Group> groups;
    private final Map<String, Item> items;
    private final List<Exemption> exemptions;

    private FeeTable(String version, Rulebook rulebook, List<Group> groups, Map<String, Item> items,
            List<Exemption> exemptions) {
        this.version = version;
        this.rulebook = rulebook;
        this.groups = groups;
        this.items = items;
        this.exemptions = exemptions;
    }

    static FeeTable load(String classpathLocation, Rulebooks rulebooks) {
        try (InputStream in = FeeTable.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("No fee table at classpath:" + classpathLocation);
            }
            TableFile t = YAML.readValue(in, TableFile.class);
            require(t.rulebook() != null && rulebooks.find(t.rulebook()).isPresent(), classpathLocation, "rulebook",
                    "names no loaded rulebook");
            return parse(classpathLocation, t, rulebooks.get(t.rulebook()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table from YAML text against its rulebook, for tests of the validation. */
    static FeeTable parse(String file, String yaml, Rulebook rulebook) {
        return parse(file, YAML.readValue(yaml, TableFile.class), rulebook);
    }

    private static FeeTable parse(String file, TableFile t, Rulebook rulebook) {
        require(t.version() != null && !t.version().isBlank(), file, "version", "missing");
        require(Money.TRY.getCurrencyCode().equals(t.currency()), file, "currency", "fees are in TRY");
        require(rulebook.id().equals(t.rulebook()), file, "rulebook", "is not " + rulebook.id());

        require(t.nationalityGroups() != null && !t.nationalityGroups().isEmpty(), file, "nationalityGroups",
                "needs the GENERAL group");
        Set<String> groupCodes = new HashSet<>();
        Set<String> countries = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        for (Group g : t.nationalityGroups()) {
            String item = "nationalityGroups[" + g.code() + "]";
            require(g.code() != null && CODE.matcher(g.code()).matches(), file, item, "code is not UPPER_SNAKE");
            require(groupCodes.add(g.code()), file, item, "listed twice");
            require(g.title() != null, file, item, "needs a title");
            List<String> members = g.countries() == null ? List.of() : List.copyOf(g.countries());
            require(g.code().equals(Group.GENERAL) == members.isEmpty(), file, item,
                    "only GENERAL (every other nationality) has no countries");
            for (String country : members) {
                require(countries.add(country), file, item, "country " + country + " is in two groups");
            }
            groups.add(new Group(g.code(), g.title(), members, cited(g.citation(), rulebook, file, item)));
        }
        require(groupCodes.contains(Group.GENERAL), file, "nationalityGroups", "needs the GENERAL group");

        require(t.items() != null && !t.items().isEmpty(), file, "items", "at least one fee item is required");
        Map<String, Item> items = new LinkedHashMap<>();
        for (Item i : t.items()) {
            String item = "items[" + i.code() + "]";
            require(i.code() != null && CODE.matcher(i.code()).matches(), file, item, "code is not UPPER_SNAKE");
            require(!items.containsKey(i.code()), file, item, "listed twice");
            require(i.kind() != null && i.title() != null, file, item, "needs a kind and a title");
            Citation basis = cited(i.basis(), rulebook, file, item + ".basis");
            require(i.rates() != null && !i.rates().isEmpty(), file, item, "needs rates");
            Set<String> rated = new HashSet<>();
            for (Rate r : i.rates()) {
                String rate = item + ".rates[" + r.group() + "]";
                require(groupCodes.contains(r.group()), file, rate, "unknown nationality group");
                require(rated.add(r.group()), file, rate, "listed twice");
                require(i.kind() == Kind.FLAT
                        ? r.amount() != null && r.firstMonth() == null && r.followingMonth() == null
                        : r.amount() == null && r.firstMonth() != null && r.followingMonth() != null, file, rate,
                        i.kind() == Kind.FLAT ? "a FLAT item names one amount parameter"
                                : "a MONTHLY item names firstMonth and followingMonth parameters");
                for (String parameter : r.parameters()) {
                    Parameter p = rulebook.parameters().get(parameter);
                    require(p != null && p.type() == FactType.DOUBLE && "TRY".equals(p.unit()), file, rate,
                            parameter + " is not an amount in TRY of the rulebook " + rulebook.id());
                }
            }
            require(rated.contains(Group.GENERAL), file, item, "needs a rate for the GENERAL group");
            items.put(i.code(), new Item(i.code(), i.kind(), i.title(), basis, List.copyOf(i.rates())));
        }

        List<Exemption> exemptions = new ArrayList<>();
        Set<String> exemptionCodes = new HashSet<>();
        for (Exemption e : t.exemptions() == null ? List.<Exemption>of() : t.exemptions()) {
            String item = "exemptions[" + e.code() + "]";
            require(e.code() != null && CODE.matcher(e.code()).matches(), file, item, "code is not UPPER_SNAKE");
            require(exemptionCodes.add(e.code()), file, item, "listed twice");
            require(items.containsKey(e.item()), file, item, "unknown fee item " + e.item());
            require(e.title() != null, file, item, "needs a title");
            require(e.permitTypes() != null && !e.permitTypes().isEmpty(), file, item, "needs permitTypes");
            require(e.from() != null, file, item, "needs the date it applies from");
            require(e.to() == null || !e.to().isBefore(e.from()), file, item, "ends before it starts");
            exemptions.add(new Exemption(e.code(), e.item(), e.title(), List.copyOf(e.permitTypes()),
                    e.exceptStudyLevels() == null ? List.of() : List.copyOf(e.exceptStudyLevels()), e.from(), e.to(),
                    cited(e.citation(), rulebook, file, item)));
        }
        return new FeeTable(t.version(), rulebook, List.copyOf(groups), Collections.unmodifiableMap(items),
                List.copyOf(exemptions));
    }

    /** The citation with its public document from the rulebook's sources. */
    private static Citation cited(Citation c, Rulebook rulebook, String file, String item) {
        require(c != null && c.section() != null && !c.section().isBlank(), file, item, "missing citation");
        require(rulebook.sources().containsKey(c.source()), file, item,
                "citation source '" + c.source() + "' is not a source of the rulebook " + rulebook.id());
        return new Citation(c.source(), c.section(), rulebook.source(c.source()));
    }

    private static void require(boolean ok, String file, String item, String problem) {
        if (!ok) {
            throw new IllegalStateException(file + ": " + item + ": " + problem);
        }
    }

    String version() {
        return version;
    }

    /** The rulebook whose parameters hold the amounts. */
    Rulebook rulebook() {
        return rulebook;
    }

    List<Item> items() {
        return List.copyOf(items.values());
    }

    Optional<Item> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    List<Group> groups() {
        return groups;
    }

    /** The nationality group of a nationality: the group listing it, else GENERAL. */
    Group groupOf(String nationality) {
        return groups.stream().filter(g -> g.countries().contains(nationality)).findFirst()
                .orElseGet(() -> groups.stream().filter(g -> g.code().equals(Group.GENERAL)).findFirst().orElseThrow());
    }

    /** The rate of {@code item} for {@code group}, else the GENERAL one. */
    Rate rate(Item item, String group) {
        return item.rates().stream().filter(r -> r.group().equals(group)).findFirst()
                .orElseGet(() -> item.rates().stream().filter(r -> r.group().equals(Group.GENERAL)).findFirst()
                        .orElseThrow());
    }

    /** The exemption from {@code item} for this permit on {@code date}, if one applies. */
    Optional<Exemption> exemption(String item, String permitType, String studyLevel, LocalDate date) {
        return exemptions.stream().filter(e -> e.applies(item, permitType, studyLevel, date)).findFirst();
    }
}
