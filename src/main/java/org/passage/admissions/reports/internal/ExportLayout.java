package org.passage.admissions.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.passage.rules.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The column layout of the YÖK student export, read from a YAML file (columns in order, each with its
 * source field and its heading in three languages), so that the export follows YÖK's format without
 * a code change. A layout without columns, with an unknown field or a heading missing a language
 * fails when it is read.
 */
record ExportLayout(List<Column> columns) {

    /** One column: the field it shows and its heading. */
    record Column(StudentField field, LocalizedText heading) {

        Column {
            if (field == null || heading == null) {
                throw new IllegalArgumentException("a column needs its field and its heading in tr, en and de");
            }
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    ExportLayout {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one column");
        }
        columns = List.copyOf(columns);
    }

    /** The headings in the language asked. */
    List<String> headings(Locale locale) {
        return columns.stream().map(c -> c.heading().in(locale)).toList();
    }

    /** Reads a layout from YAML text. */
    static ExportLayout parse(String yaml) {
        try {
            return YAML.readValue(yaml, ExportLayout.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the export layout is not valid: " + e.getMessage(), e);
        }
    }

    /** Reads a layout from the class path. */
    static ExportLayout load(String classpathLocation) {
        try (InputStream in = ExportLayout.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("no export layout at classpath:" + classpathLocation);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
