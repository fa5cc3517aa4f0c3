package nl.venster.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the manifests must agree with: the services' configuration files and deploy/local/topics.conf. */
final class Project {

    static final Path ROOT = findRoot();
    static final List<String> SERVICES = List.of("registry-service", "venster-service", "reporting-service");

    /**
     * Configuration keys Quarkus or the conventions' config mappings define without a default in any properties
     * file, which an environment may still set. Everything else an environment sets must be a key of the shared or
     * the service's properties.
     */
    static final Set<String> KEYS_WITHOUT_DEFAULT = Set.of("quarkus.datasource.password", "quarkus.shutdown.timeout",
            "quarkus.mailer.username", "quarkus.mailer.password");

    /** Variables the image reads (deploy/docker/Dockerfile.jvm), not the application. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    /** The variables every environment must set (README.md, "Configuration"). */
    static final Set<String> REQUIRED_VARIABLES = Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "API_CORS_ALLOWED_ORIGINS", "EVENTS_OIN");

    private Project() {
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("deploy/local/topics.conf"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root (with deploy/local/topics.conf) not found");
        }
        return p;
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return p;
    }

    /** The service's properties (application.properties over the shared conventions), profile prefixes removed. */
    static Map<String, String> config(String service) {
        Map<String, String> config = new LinkedHashMap<>();
        for (Path file : List.of(ROOT.resolve("conventions/src/main/resources/META-INF/microprofile-config.properties"),
                ROOT.resolve(service + "/src/main/resources/application.properties"))) {
            Properties p = load(file);
            // Profile-less keys win over %profile ones; both count as known keys.
            p.stringPropertyNames().stream().filter(k -> k.startsWith("%"))
                    .forEach(k -> config.putIfAbsent(k.substring(k.indexOf('.') + 1), p.getProperty(k)));
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                    .forEach(k -> config.put(k, p.getProperty(k)));
        }
        return config;
    }

    /** The MicroProfile Config environment-variable name of a key: non-alphanumerics to '_', upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The environment variable names a service's configuration understands. */
    static Set<String> knownVariables(String service) {
        Set<String> names = new TreeSet<>(IMAGE_VARIABLES);
        config(service).keySet().forEach(k -> names.add(envName(k)));
        KEYS_WITHOUT_DEFAULT.forEach(k -> names.add(envName(k)));
        return names;
    }

    static int httpPort(String service) {
        return Integer.parseInt(config(service).get("quarkus.http.port"));
    }

    /** The port of the service's management interface (health, metrics, Swagger UI). */
    static int managementPort(String service) {
        return Integer.parseInt(config(service).get("quarkus.management.port"));
    }

    /** The database name of the service's default JDBC URL, e.g. register. */
    static String databaseName(String service) {
        return jdbcDatabase(config(service).get("quarkus.datasource.jdbc.url"));
    }

    static String jdbcDatabase(String url) {
        Matcher m = Pattern.compile("^jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)$").matcher(url);
        if (!m.matches()) {
            throw new AssertionError("not a plain PostgreSQL JDBC URL: " + url);
        }
        return m.group(1);
    }

    static String jdbcHost(String url) {
        Matcher m = Pattern.compile("^jdbc:postgresql://([^:/]+)(:\\d+)?/.*$").matcher(url);
        if (!m.matches()) {
            throw new AssertionError("not a plain PostgreSQL JDBC URL: " + url);
        }
        return m.group(1);
    }

    /** The topics a service consumes (mp.messaging.incoming.*.topic, without the test prefix expression). */
    static Set<String> consumedTopics(String service) {
        Set<String> topics = new TreeSet<>();
        config(service).forEach((k, v) -> {
            if (k.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(v.replace("${events.topic-prefix:}", ""));
            }
        });
        return topics;
    }

    record Topic(String name, int partitions, Map<String, String> config) {
    }

    static Map<String, Topic> topicsConf() {
        Map<String, Topic> topics = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("deploy/local/topics.conf"))) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                Map<String, String> config = new LinkedHashMap<>();
                if (parts.length > 2) {
                    for (String kv : parts[2].split(",")) {
                        String[] e = kv.split("=", 2);
                        config.put(e[0], e[1]);
                    }
                }
                topics.put(parts[0], new Topic(parts[0], Integer.parseInt(parts[1]), config));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }
}
