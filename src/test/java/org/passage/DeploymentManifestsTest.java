package org.passage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kubernetes recipe under {@code deploy/} sets only properties Passage knows: every environment
 * variable and {@code --property} argument of a container is one of the application's
 * {@code @ConfigurationProperties}, one of Spring Boot's own (their configuration metadata), a property
 * of the README's configuration table, or one the JVM reads; and the probes use the actuator's groups.
 */
class DeploymentManifestsTest {

    /** Environment variables the JVM reads itself, not the application. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Path MANIFESTS = Path.of("deploy/kubernetes");

    private static final Set<String> known = new HashSet<>();
    private static final List<String> knownMapPrefixes = new ArrayList<>();
    private static List<Map<String, Object>> documents;

    @BeforeAll
    static void readPropertiesAndManifests() throws Exception {
        springBootMetadata();
        configurationProperties();
        readmeTable();
        documents = new ArrayList<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : yaml.loadAll(reader)) {
                        if (document != null) {
                            documents.add(map(document));
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyEnvironmentVariableOfADeploymentIsAPropertyPassageKnows() {
        List<Map<String, Object>> containers = containers();
        assertThat(containers).isNotEmpty();
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> container : containers) {
            for (Object entry : list(container.get("env"))) {
                String name = (String) map(entry).get("name");
                checked++;
                if (!JVM_VARIABLES.contains(name) && !knownEnvironmentVariable(name)) {
                    unknown.add(name);
                }
            }
            for (Object argument : list(container.get("args"))) {
                String text = argument.toString();
                if (text.startsWith("--")) {
                    checked++;
                    String property = text.substring(2).split("=", 2)[0];
                    if (!knownProperty(property)) {
                        unknown.add(text);
                    }
                }
            }
        }
        assertThat(checked).as("environment variables and arguments checked").isGreaterThan(10);
        assertThat(unknown).as("settings no part of Passage or Spring Boot knows").isEmpty();
    }

    @Test
    void anEnvironmentVariableNoPartOfPassageKnowsIsCaught() {
        assertThat(knownEnvironmentVariable("PASSAGE_DOCUMENTS_S3_ACCESS_KEY")).isTrue();
        assertThat(knownEnvironmentVariable("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE")).isTrue();
        assertThat(knownEnvironmentVariable("PASSAGE_DOCUMENTS_S3_ACCESSKEYS")).isFalse();
        assertThat(knownEnvironmentVariable("SPRING_DATASOURCE_URLS")).isFalse();
    }

    @Test
    void probesUseTheActuatorsLivenessAndReadinessGroups() {
        for (Map<String, Object> container : containers()) {
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        }
    }

    @Test
    void theDatabaseSmtpAndPaymentSecretsComeFromSecretsNotValues() {
        Set<String> fromSecrets = new HashSet<>();
        for (Map<String, Object> container : containers()) {
            for (Object entry : list(container.get("env"))) {
                Map<String, Object> variable = map(entry);
                if (variable.get("valueFrom") != null && map(variable.get("valueFrom")).containsKey("secretKeyRef")) {
                    fromSecrets.add((String) variable.get("name"));
                }
            }
        }
        assertThat(fromSecrets).contains("SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_PASSWORD",
                "PASSAGE_PAYMENTS_CALLBACK_SECRET", "PASSAGE_DOCUMENTS_S3_SECRET_KEY");
    }

    @Test
    void theRecipeHasADisruptionBudgetAnAutoscalerAndAReplicatedDatabase() {
        assertThat(documents).anySatisfy(d -> assertThat(d.get("kind")).isEqualTo("PodDisruptionBudget"));
        assertThat(documents).anySatisfy(d -> assertThat(d.get("kind")).isEqualTo("HorizontalPodAutoscaler"));
        assertThat(documents).anySatisfy(d -> {
            assertThat(d.get("kind")).isEqualTo("Cluster");
            assertThat((Integer) map(d.get("spec")).get("instances")).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void eachNodeKeepsToTheMeasuredMemoryBudget() {
        // Issue 20 holds a node to 512 MiB of RSS; bench/journey.sh measured 320–379 MiB per node with a
        // 256 MiB heap, and 504–622 MiB with the JVM's default heap. So: a limit of at most 512 MiB, and
        // a heap share of it of at most 256 MiB.
        List<Map<String, Object>> nodes = containers().stream()
                .filter(c -> list(c.get("env")).stream().anyMatch(e -> "JAVA_TOOL_OPTIONS".equals(map(e).get("name"))))
                .toList();
        assertThat(nodes).isNotEmpty();
        for (Map<String, Object> node : nodes) {
            String limit = (String) map(map(node.get("resources")).get("limits")).get("memory");
            assertThat(limit).as("memory limit").endsWith("Mi");
            int mebibytes = Integer.parseInt(limit.substring(0, limit.length() - 2));
            String options = list(node.get("env")).stream().map(e -> map(e))
                    .filter(e -> "JAVA_TOOL_OPTIONS".equals(e.get("name"))).map(e -> (String) e.get("value"))
                    .findFirst().orElseThrow();
            java.util.regex.Matcher share = java.util.regex.Pattern.compile("-XX:MaxRAMPercentage=(\\d+)")
                    .matcher(options);
            assertThat(share.find()).as("the heap is a share of the limit: " + options).isTrue();
            assertThat(mebibytes).isLessThanOrEqualTo(512);
            assertThat(mebibytes * Integer.parseInt(share.group(1)) / 100).as("heap MiB").isLessThanOrEqualTo(256);
        }
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static List<Map<String, Object>> containers() {
        List<Map<String, Object>> containers = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            if ("Deployment".equals(document.get("kind"))) {
                Map<String, Object> pod = map(map(map(document.get("spec")).get("template")).get("spec"));
                list(pod.get("containers")).forEach(c -> containers.add(map(c)));
                list(pod.get("initContainers")).forEach(c -> containers.add(map(c)));
            }
        }
        return containers;
    }

    /** Spring's relaxed binding of environment variables: upper case, dots and dashes to underscores. */
    static boolean knownEnvironmentVariable(String name) {
        String canonical = name.replace("_", "");
        for (String property : known) {
            if (envForm(property).equals(canonical)) {
                return true;
            }
        }
        for (String prefix : knownMapPrefixes) {
            if (canonical.startsWith(envForm(prefix)) && canonical.length() > envForm(prefix).length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownProperty(String property) {
        return known.contains(property) || knownMapPrefixes.stream().anyMatch(p -> property.startsWith(p + "."));
    }

    private static String envForm(String property) {
        return property.replaceAll("[.\\-\\[\\]_]", "").toUpperCase(Locale.ROOT);
    }

    /** Spring Boot's own properties: the configuration metadata of its jars. */
    private static void springBootMetadata() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (URL url : Collections.list(DeploymentManifestsTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode properties = json.readTree(in).path("properties");
                for (JsonNode property : properties) {
                    String name = property.path("name").asString();
                    known.add(name);
                    if (property.path("type").asString().startsWith("java.util.Map")) {
                        knownMapPrefixes.add(name);
                    }
                }
            }
        }
        assertThat(known).as("Spring Boot's configuration metadata").contains("spring.datasource.url");
    }

    /** Passage's own properties: the components of every @ConfigurationProperties record, nested ones too. */
    private static void configurationProperties() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.passage")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
            components(prefix, type);
        }
        assertThat(known).as("Passage's @ConfigurationProperties").contains("passage.documents.s3.access-key");
    }

    private static void components(String prefix, Class<?> type) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            known.add(name);
            if (Map.class.isAssignableFrom(component.getType())) {
                knownMapPrefixes.add(name);
            } else if (component.getType().isRecord() && component.getType().getName().startsWith("org.passage")) {
                components(name, component.getType());
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The properties of the README's configuration table (first column, in backticks). */
    private static void readmeTable() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z][a-z0-9.\\-]+)`");
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                known.add(matcher.group(1));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
