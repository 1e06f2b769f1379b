package org.passage.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (from the {@code org.webjars.npm:axe-core} test jar, no download) in the page
 * the browser shows and returns its violations.
 */
public final class Axe {

    private static final String SCRIPT_RESOURCE = "META-INF/resources/webjars/axe-core/%s/axe.min.js";
    private static final Set<String> SERIOUS = Set.of("serious", "critical");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String script;

    private Axe() {
    }

    /** One rule broken in the page: its id, impact, help text and the CSS selectors of the offending nodes. */
    public record Violation(String id, String impact, String help, List<String> nodes) {

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + nodes;
        }
    }

    /** The violations of impact serious or critical in the current page. */
    public static List<Violation> seriousViolations(WebDriver browser) {
        return violations(browser).stream().filter(violation -> SERIOUS.contains(violation.impact())).toList();
    }

    /** All violations axe-core finds in the current page (WCAG 2.x A and AA rules and best practices). */
    public static List<Violation> violations(WebDriver browser) {
        JavascriptExecutor javascript = (JavascriptExecutor) browser;
        javascript.executeScript(script());
        Object result = javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(results => done(JSON.stringify(results.violations)),
                                       error => done(JSON.stringify({error: String(error)})));
                """);
        JsonNode json = JSON.readTree((String) result);
        if (json.has("error")) {
            throw new IllegalStateException("axe-core failed: " + json.get("error").asString());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : json) {
            List<String> nodes = new ArrayList<>();
            for (JsonNode node : violation.get("nodes")) {
                nodes.add(node.get("target").toString());
            }
            violations.add(new Violation(violation.get("id").asString(), violation.path("impact").asString(""),
                    violation.get("help").asString(), nodes));
        }
        return violations;
    }

    private static String webjarVersion() {
        try (InputStream in = Axe.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars.npm:axe-core is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String script() {
        if (script == null) {
            String version = webjarVersion();
            String resource = SCRIPT_RESOURCE.formatted(version);
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core not on the test classpath: " + resource);
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
