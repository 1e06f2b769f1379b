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
