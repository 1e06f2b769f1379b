package org.passage.payments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passage.payments.Money;
import org.passage.rules.Citation;
import org.passage.rules.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The residence-permit fee table ({@code payments/fee-table.yaml}): fee items with effective-dated
 * amounts per nationality group, each period with its citation and its status (official,
 * unverified, unknown), and the exemptions with theirs. Read once; a table with a missing
 * citation, an unknown source, overlapping periods or an amount not exact to the kuruş is refused
 * with the file and the item named.
 */
final class FeeTable {

    static final String DEFAULT_LOCATION = "payments/fee-table.yaml";

    /** How an item's amount is made: one amount, or the first month plus each following month. */
    enum Kind { FLAT, MONTHLY }

    /** Whether a period's amount may be charged: only OFFICIAL ones are. */
    enum Status { OFFICIAL, UNVERIFIED, UNKNOWN }

    record Period(LocalDate from, LocalDate to, Status status, BigDecimal amount, BigDecimal firstMonth,
            BigDecimal followingMonth, Citation citation, String note) {

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    record Rate(String group, List<Period> periods) {
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

    private record TableFile(String version, String currency, Map<String, String> sources,
            List<Group> nationalityGroups, List<Item> items, List<Exemption> exemptions) {
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String version;
    private final Map<String, String> sources;
    private final List<Group> groups;
    private final Map<String, Item> items;
    private final List<Exemption> exemptions;

    private FeeTable(String version, Map<String, String> sources, List<Group> groups, Map<String, Item> items,
            List<Exemption> exemptions) {
        this.version = version;
        this.sources = sources;
        this.groups = groups;
        this.items = items;
        this.exemptions = exemptions;
    }

    static FeeTable load(String classpathLocation) {
        try (InputStream in = FeeTable.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("No fee table at classpath:" + classpathLocation);
            }
            return parse(classpathLocation, YAML.readValue(in, TableFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table from YAML text, for tests of the validation. */
    static FeeTable parse(String file, String yaml) {
        return parse(file, YAML.readValue(yaml, TableFile.class));
    }

    private static FeeTable parse(String file, TableFile t) {
        require(t.version() != null && !t.version().isBlank(), file, "version", "missing");
        require(Money.TRY.getCurrencyCode().equals(t.currency()), file, "currency", "fees are in TRY");
        require(t.sources() != null && !t.sources().isEmpty(), file, "sources", "at least one source is required");
        t.sources().forEach((id, title) -> require(title != null && !title.isBlank(), file, "sources[" + id + "]",
                "missing title"));
        Map<String, String> sources = Map.copyOf(t.sources());

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
            cited(g.citation(), sources, file, item);
            List<String> members = g.countries() == null ? List.of() : List.copyOf(g.countries());
            require(g.code().equals(Group.GENERAL) == members.isEmpty(), file, item,
                    "only GENERAL (every other nationality) has no countries");
            for (String country : members) {
                require(countries.add(country), file, item, "country " + country + " is in two groups");
            }
            groups.add(new Group(g.code(), g.title(), members, g.citation()));
        }
        require(groupCodes.contains(Group.GENERAL), file, "nationalityGroups", "needs the GENERAL group");

        require(t.items() != null && !t.items().isEmpty(), file, "items", "at least one fee item is required");
        Map<String, Item> items = new LinkedHashMap<>();
        for (Item i : t.items()) {
            String item = "items[" + i.code() + "]";
            require(i.code() != null && CODE.matcher(i.code()).matches(), file, item, "code is not UPPER_SNAKE");
            require(!items.containsKey(i.code()), file, item, "listed twice");
            require(i.kind() != null && i.title() != null, file, item, "needs a kind and a title");
            cited(i.basis(), sources, file, item + ".basis");
            require(i.rates() != null && !i.rates().isEmpty(), file, item, "needs rates");
            Set<String> rated = new HashSet<>();
            List<Rate> rates = new ArrayList<>();
            for (Rate r : i.rates()) {
                String rate = item + ".rates[" + r.group() + "]";
                require(groupCodes.contains(r.group()), file, rate, "unknown nationality group");
                require(rated.add(r.group()), file, rate, "listed twice");
                require(r.periods() != null && !r.periods().isEmpty(), file, rate, "needs periods");
                List<Period> periods = r.periods().stream().sorted(Comparator.comparing(Period::from,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
                Period previous = null;
                for (Period p : periods) {
                    String period = rate + ".periods[" + p.from() + "]";
                    checkPeriod(p, i.kind(), sources, file, period);
                    require(previous == null || p.from().isAfter(previous.to()), file, period,
                            "overlaps the period from " + (previous == null ? "" : previous.from()));
                    previous = p;
                }
                rates.add(new Rate(r.group(), periods));
            }
            require(rated.contains(Group.GENERAL), file, item, "needs a rate for the GENERAL group");
            items.put(i.code(), new Item(i.code(), i.kind(), i.title(), i.basis(), List.copyOf(rates)));
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
            cited(e.citation(), sources, file, item);
            exemptions.add(new Exemption(e.code(), e.item(), e.title(), List.copyOf(e.permitTypes()),
                    e.exceptStudyLevels() == null ? List.of() : List.copyOf(e.exceptStudyLevels()), e.from(), e.to(),
                    e.citation()));
        }
        return new FeeTable(t.version(), sources, List.copyOf(groups), java.util.Collections.unmodifiableMap(items),
                List.copyOf(exemptions));
    }

    private static void checkPeriod(Period p, Kind kind, Map<String, String> sources, String file, String period) {
        require(p.from() != null && p.to() != null, file, period, "needs from and to");
        require(!p.to().isBefore(p.from()), file, period, "ends before it starts");
        require(p.status() != null, file, period, "needs a status");
        cited(p.citation(), sources, file, period);
        boolean hasAmounts = p.amount() != null || p.firstMonth() != null || p.followingMonth() != null;
        if (p.status() == Status.UNKNOWN) {
            require(!hasAmounts, file, period, "an UNKNOWN period has no amount");
            require(p.note() != null && !p.note().isBlank(), file, period, "an UNKNOWN period says why in a note");
            return;
        }
        if (p.status() == Status.UNVERIFIED) {
            require(p.note() != null && !p.note().isBlank(), file, period,
                    "an UNVERIFIED period names where its figure was seen in a note");
        }
        if (kind == Kind.FLAT) {
            require(p.amount() != null && p.firstMonth() == null && p.followingMonth() == null, file, period,
                    "a FLAT item has one amount");
            exact(p.amount(), file, period);
        } else {
            require(p.amount() == null && p.firstMonth() != null && p.followingMonth() != null, file, period,
                    "a MONTHLY item has firstMonth and followingMonth");
            exact(p.firstMonth(), file, period);
            exact(p.followingMonth(), file, period);
        }
    }

    private static void exact(BigDecimal amount, String file, String item) {
        try {
            Money.lira(amount);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + item + ": " + e.getMessage());
        }
    }

    private static void cited(Citation c, Map<String, String> sources, String file, String item) {
        require(c != null && c.section() != null && !c.section().isBlank(), file, item, "missing citation");
        require(sources.containsKey(c.source()), file, item,
                "citation source '" + c.source() + "' is not listed under sources");
    }

    private static void require(boolean ok, String file, String item, String problem) {
        if (!ok) {
            throw new IllegalStateException(file + ": " + item + ": " + problem);
        }
    }

    String version() {
        return version;
    }

    /** The full name of a citation's source. */
    String source(Citation citation) {
        return sources.getOrDefault(citation.source(), citation.source());
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

    /** The period of {@code item} for {@code group} in force on {@code date}, if the table has one. */
    Optional<Period> period(Item item, String group, LocalDate date) {
        return item.rates().stream().filter(r -> r.group().equals(group)).findFirst().stream()
                .flatMap(r -> r.periods().stream()).filter(p -> p.covers(date)).findFirst();
    }

    /** The exemption from {@code item} for this permit on {@code date}, if one applies. */
    Optional<Exemption> exemption(String item, String permitType, String studyLevel, LocalDate date) {
        return exemptions.stream().filter(e -> e.applies(item, permitType, studyLevel, date)).findFirst();
    }
}
