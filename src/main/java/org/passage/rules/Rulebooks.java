package org.passage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every rulebook of the product, loaded and validated once; a broken rulebook stops start-up. */
public final class Rulebooks {

    public static final String LOCATION = "classpath*:rulebooks/*.yaml";

    private final Map<String, Rulebook> byId;

    private Rulebooks(Map<String, Rulebook> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** Loads every rulebook under {@code rulebooks/} on the class path. */
    public static Rulebooks loadAll(BusinessDays businessDays) {
        Map<String, Rulebook> m = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = "rulebooks/" + r.getFilename();
                String yaml = r.getContentAsString(StandardCharsets.UTF_8);
                Rulebook rb = RulebookLoader.load(name, yaml, businessDays);
                m.put(rb.id(), rb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rulebooks(m);
    }

    /** Loads one rulebook from text; for tests and tools that check a file. */
    public static Rulebook parse(String fileName, String yaml, BusinessDays businessDays) {
        return RulebookLoader.load(fileName, yaml, businessDays);
    }

    /**
     * Lets every rulebook read, at each assessment, the periods two administrators approved:
     * {@code reader} gives them by rulebook id and parameter name.
     */
    public void readApprovedValuesFrom(java.util.function.Function<String, Map<String, java.util.List<ParameterValue>>> reader) {
        byId.values().forEach(rb -> rb.readApprovedValuesFrom(() -> reader.apply(rb.id())));
    }

    /**
     * The parameters, with the periods approved so far, whose last known period ends within
     * {@code days} days of {@code today} or has already ended.
     */
    public java.util.List<ParameterAttention> needingAttention(java.time.LocalDate today, int days) {
        java.util.List<ParameterAttention> out = new java.util.ArrayList<>();
        for (Rulebook rb : byId.values()) {
            Map<String, java.util.List<ParameterValue>> approved = rb.approvedValues();
            for (Parameter p : rb.parameters().values()) {
                ParameterValue last = p.periods(approved.getOrDefault(p.name(), java.util.List.of())).stream()
                        .filter(ParameterValue::known).reduce((a, b) -> b).orElseThrow();
                if (last.to() != null && !last.to().isAfter(today.plusDays(days))) {
                    out.add(new ParameterAttention(rb.id(), rb.title(), p.name(), p.title(), last.from(), last.to(),
                            last.to().isBefore(today)));
                }
            }
        }
        return java.util.List.copyOf(out);
    }

    /** The rulebook with this id, if one is loaded. */
    public java.util.Optional<Rulebook> find(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    public Rulebook get(String id) {
        Rulebook rb = byId.get(id);
        if (rb == null) {
            throw new IllegalArgumentException("No rulebook " + id + "; loaded: " + byId.keySet());
        }
        return rb;
    }

    public Collection<Rulebook> all() {
        return byId.values();
    }
}
