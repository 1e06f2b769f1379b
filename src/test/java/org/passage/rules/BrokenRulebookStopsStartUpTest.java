package org.passage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.calendar.BusinessCalendar;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Start-up refuses a rulebook that does not validate, and says which file and which item. */
class BrokenRulebookStopsStartUpTest {

    @TempDir
    Path classpath;

    @Test
    void aRulebookWithAnUncitedFindingStopsTheContextNamingFileAndItem() throws Exception {
        Path dir = Files.createDirectories(classpath.resolve("rulebooks"));
        Files.writeString(dir.resolve("broken.yaml"), RulebookEngineTest.sample()
                .replace("id: sample", "id: broken")
                .replace("    citation: {source: \"Law 1\", section: \"Art. 4\"}\n", ""));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            new ApplicationContextRunner()
                    .withBean(BusinessCalendar.class)
                    .withUserConfiguration(RulesConfiguration.class)
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure())
                                .rootCause()
                                .isInstanceOf(RulebookInvalidException.class)
                                .hasMessageContaining("rulebooks/broken.yaml")
                                .hasMessageContaining("findings[KIND_B_NOTE]")
                                .hasMessageContaining("missing citation");
                    });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
