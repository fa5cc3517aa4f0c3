package nl.venster.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/compose and deploy/docker agree with the services' configuration and with the Kubernetes manifests. */
class ComposeAndImageTest {

    static final Path COMPOSE = Project.ROOT.resolve("deploy/compose");

    /** compose.yaml with its YAML merge keys (<<) resolved, which Jackson's YAML parser does not do. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(COMPOSE.resolve("compose.yaml"))) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(r);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @Test
    void composeRunsPostgresKafkaAndTheThreeServicesWithTheirConfiguration() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        Set<String> expected = new TreeSet<>(Project.SERVICES);
        expected.addAll(List.of("postgres", "kafka", "kafka-topics"));
        assertEquals(expected, new TreeSet<>(services.keySet()));

        assertTrue(String.valueOf(map(services.get("postgres")).get("image")).startsWith("postgres:15"));
        Map<String, Object> kafka = map(services.get("kafka"));
        assertTrue(String.valueOf(kafka.get("image")).startsWith("apache/kafka:"), "the official image");
        assertEquals("broker,controller", map(kafka.get("environment")).get("KAFKA_PROCESS_ROLES"), "KRaft");
        assertTrue(String.valueOf(map(services.get("kafka-topics")).get("volumes")).contains("../local/topics.conf"),
                "topics from deploy/local/topics.conf");

        Manifests kubernetes = ManifestTest.render("base");
        for (String service : Project.SERVICES) {
            Map<String, Object> s = map(services.get(service));
            Map<String, Object> build = map(s.get("build"));
            assertEquals(Project.ROOT, COMPOSE.resolve(String.valueOf(build.get("context"))).normalize(), service);
            assertEquals("deploy/docker/Dockerfile.jvm", build.get("dockerfile"), service);
            assertEquals(service, map(build.get("args")).get("SERVICE"), service);
            assertTrue(String.valueOf(s.get("image")).matches(".*/" + service + ":.*"), service + ": image");
            int port = Project.httpPort(service);
            assertTrue(((List<?>) s.get("ports")).stream().anyMatch(p -> String.valueOf(p).endsWith(":" + port + ":" + port)),
                    service + ": publishes quarkus.http.port " + port);
            int management = Project.managementPort(service);
            assertTrue(((List<?>) s.get("ports")).contains("127.0.0.1:" + management + ":" + management),
                    service + ": publishes quarkus.management.port " + management + " on the loopback address only");
            assertTrue(String.valueOf(map(s.get("healthcheck")).get("test")).contains("/q/health/ready"), service);
            assertEquals(Boolean.TRUE, s.get("read_only"), service + ": read-only root file system");
            assertEquals(List.of("/tmp"), s.get("tmpfs"), service + ": a writable /tmp");
            Map<String, Object> dependsOn = map(s.get("depends_on"));
            assertEquals("service_healthy", map(dependsOn.get("postgres")).get("condition"), service);
            assertEquals("service_completed_successfully", map(dependsOn.get("kafka-topics")).get("condition"), service);

            Map<String, Object> env = map(s.get("environment"));
            assertTrue(Project.knownVariables(service).containsAll(env.keySet()),
                    service + ": not in the service's configuration: "
                            + ManifestTest.missing(env.keySet(), Project.knownVariables(service)));
            assertTrue(env.keySet().containsAll(Project.REQUIRED_VARIABLES), service);
            Set<String> inKubernetes = ManifestTest.environment(kubernetes, kubernetes.named(Deployment.class, service)
                    .getSpec().getTemplate().getSpec().getContainers().get(0)).keySet();
            Set<String> inCompose = new TreeSet<>(env.keySet());
            inCompose.removeAll(Project.IMAGE_VARIABLES);
            assertEquals(inKubernetes, inCompose, service + ": compose and Kubernetes set the same variables");
            assertEquals(Project.databaseName(service),
                    Project.jdbcDatabase(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))), service);
            env.forEach((k, v) -> {
                if (k.contains("PASSWORD")) {
                    assertTrue(String.valueOf(v).startsWith("${"), service + ": " + k + " comes from .env");
                }
            });
            assertEquals("file:/run/secrets/jwt-public-key", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), service);
            assertEquals(List.of("jwt-public-key"), s.get("secrets"), service);
        }
    }

    @Test
    void composeSecretsStayOutOfGit() throws IOException {
        List<String> ignored = Files.readAllLines(COMPOSE.resolve(".gitignore"));
        assertTrue(ignored.contains(".env") && ignored.contains("secrets/"), ignored.toString());
        String example = Files.readString(COMPOSE.resolve(".env.example"));
        for (String line : example.lines().toList()) {
            if (line.matches("^[A-Z_]*PASSWORD=.*")) {
                assertTrue(line.endsWith("="), "no password in .env.example: " + line);
            }
        }
        String init = Files.readString(COMPOSE.resolve("postgres/init-databases.sh"));
        for (String service : Project.SERVICES) {
            assertTrue(init.matches("(?s).*\\ncreate " + Project.databaseName(service) + " .*"),
                    "init-databases.sh creates " + Project.databaseName(service));
        }
    }

    @Test
    void oneDockerfileBuildsEveryService() throws IOException {
        try (var files = Files.list(Project.ROOT.resolve("deploy/docker"))) {
            assertEquals(List.of("Dockerfile.jvm"), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Dockerfile") && !n.endsWith(".dockerignore")).toList());
        }
        String dockerfile = Files.readString(Project.ROOT.resolve("deploy/docker/Dockerfile.jvm"));
        for (String expected : List.of("ARG SERVICE", "./mvnw", "quarkus-app", "quarkus-run.jar", "HEALTHCHECK",
                "USER 10001", "MaxRAMPercentage")) {
            assertTrue(dockerfile.contains(expected), "Dockerfile.jvm: " + expected);
        }
        // What the healthcheck script reads from application.properties at build time.
        for (String service : Project.SERVICES) {
            String props = Files.readString(Project.ROOT.resolve(service + "/src/main/resources/application.properties"));
            assertTrue(props.lines().anyMatch(l -> l.matches("quarkus\\.http\\.port=[0-9]+")), service);
            assertTrue(props.lines().anyMatch(l -> l.matches("quarkus\\.management\\.port=[0-9]+")), service);
        }
        assertTrue(Files.isExecutable(Project.ROOT.resolve("deploy/docker/healthcheck.sh")));
    }

    /**
     * Writes each rendering to target/rendered/, for comparing this test's renderer with the real one:
     * {@code diff <(kubectl kustomize deploy/kubernetes/overlays/production) deploy/target/rendered/overlays-production.yaml}
     * (after normalising both, e.g. with yq 'sort_keys(..)').
     */
    @Test
    void writesTheRenderingsForComparison() throws IOException {
        Path out = Project.ROOT.resolve("deploy/target/rendered");
        Files.createDirectories(out);
        for (String dir : ManifestTest.renderings().toList()) {
            StringBuilder yaml = new StringBuilder();
            for (ObjectNode doc : Kustomize.build(ManifestTest.KUBERNETES.resolve(dir))) {
                yaml.append(Kustomize.YAML.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                        .writeValueAsString(doc));
            }
            Path file = out.resolve(dir.replace('/', '-') + ".yaml");
            Files.writeString(file, yaml);
            assertFalse(yaml.isEmpty(), file.toString());
        }
        assertNotNull(out);
    }
}
