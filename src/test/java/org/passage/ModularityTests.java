package org.passage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
