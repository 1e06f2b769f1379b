package org.passage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a page, PDF, e-mail or API answer is made of (templates, message bundles, rulebooks,
 * the fee and exam tables, and the code) names public documents, never the source texts the
 * rulebooks were written from: no "seed", no file name like {@code 001_c03d5aaf3ac35b58}. Comments
 * of YAML files and the migrations (never shown) are left out.
 */
class PublicSourcesTest {

    static final Pattern SEED = Pattern.compile("(?i)\\bseeds?\\b");
    static final Pattern SOURCE_FILE = Pattern.compile("[0-9]{3}_[0-9a-f]{16}");

    @Test
    void noShippedTextNamesASeedOrASourceFile() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(PublicSourcesTest::text).toList()) {
                    if (file.startsWith("src/main/resources/db")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        boolean yamlComment = file.toString().endsWith(".yaml") && line.strip().startsWith("#");
                        if (!yamlComment && (SEED.matcher(line).find() || SOURCE_FILE.matcher(line).find())) {
                            found.add(file + ":" + (i + 1) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean text(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(".java", ".html", ".properties", ".yaml", ".yml", ".css", ".txt")
                .anyMatch(name::endsWith);
    }
}
