package org.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PassageApplication.class);

    @Test
    void moduleGraphHasNoCyclesAndNoAccessToInternals() {
        modules.verify();
    }

    @Test
    void foundationModulesAreDetected() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("database", "web", "ratelimit");
    }

    /**
     * Writes target/spring-modulith-docs; copy it to docs/modules/ when the modules change and render
     * the picture with {@code plantuml -tsvg docs/modules/components.puml}.
     */
    @Test
    void writesModuleDocumentation() {
        // Modules without dependencies on each other are shown too (Modulith hides them by default).
        new Documenter(modules).writeDocumentation(
                DiagramOptions.defaults()
                        .withStyle(DiagramStyle.UML)
                        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
                CanvasOptions.defaults());
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).content().contains("Web", "Database", "Ratelimit");
    }
}
