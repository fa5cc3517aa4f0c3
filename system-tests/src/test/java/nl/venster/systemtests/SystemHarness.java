package nl.venster.systemtests;

import nl.venster.conventions.testing.ContractValidationFilter;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The three real services, started once per test run from their built jars, on free ports, with their own
 * databases ({@code *_system}), their own topics (prefix {@code st-<run>.}) and a key pair of their own, so a
 * local system on 8081-8083 and the unit tests' {@code *_test} databases are left alone.
 *
 * <p>What the fault scenarios kill or stop is the run's own: a Kafka broker ({@link KafkaBroker}) and the PostgreSQL
 * cluster of the reporting database ({@link PostgresCluster}). The registry and venster databases stay on the shared
 * cluster. Everything started here is stopped by a shutdown hook, also when a test fails.
 */
public final class SystemHarness {

    public static final String ISSUER = "https://idp.venster.local";
    public static final String AUDIENCE = "venster-api";
    private static final String REPORTING_DATABASE = "rapportage_system";
    /** This checkout's suffix (deploy/local/lib.sh), so system tests of two checkouts never share a database. */
    private static final String TEST_SUFFIX = System.getenv().getOrDefault("VENSTER_TEST_SUFFIX", "");
    private static final String REGISTER_DATABASE = "register" + TEST_SUFFIX + "_system";
    private static final String VENSTER_DATABASE = "venster" + TEST_SUFFIX + "_system";
    private static final String CLUSTER_PREFIX = "st-";

    private static SystemHarness instance;
    private static Throwable startFailure;

    public final Path root;
    public final ServiceProcess registry;
    public final ServiceProcess venster;
    public final ServiceProcess reporting;
    public final KafkaBroker kafka;
    public final PostgresCluster reportingDatabase;
    private final Path logs;
    private final Map<String, String> reportingEnvironment;
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private final String topicPrefix;
    private final KeyPair keys;
    private final String kafkaBootstrap;
    /** The SMTP server (GreenMail in this JVM) that receives the venster-service's messages. */
    public final Mailbox mail;
    private boolean clusterCreated;

    /** The harness of this run, starting the services on first use. */
    public static synchronized SystemHarness get() {
        if (startFailure != null) {
            throw new IllegalStateException("the system could not be started (see the first failing test)", startFailure);
        }
        if (instance == null) {
            SystemHarness harness = new SystemHarness();
            // Every response the scenarios provoke must be what the contracts in openapi/ describe.
            ContractValidationFilter.install(harness.root, "registry-service", "venster-service", "reporting-service");
            Runtime.getRuntime().addShutdownHook(new Thread(harness::shutDown, "system-harness-stop"));
            try {
                harness.startAll();
            } catch (RuntimeException | Error e) {
                startFailure = e;
                harness.shutDown();
                throw e;
            }
            instance = harness;
        }
        return instance;
    }

    private SystemHarness() {
        root = Path.of(System.getProperty("venster.root", "..")).toAbsolutePath().normalize();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        topicPrefix = "st-" + runId + ".";
        keys = rsaKeyPair();
        logs = root.resolve("system-tests/target/logs");
        Path publicKey = root.resolve("system-tests/target/jwt-public.pem");
        try {
            Files.createDirectories(logs);
            // One run per log: the services append (so a restart shows both lives), not across runs.
            try (var old = Files.newDirectoryStream(logs, "*.log")) {
                for (Path log : old) {
                    Files.delete(log);
                }
            }
            Files.writeString(publicKey, pem(keys), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = new KafkaBroker(root, root.resolve("system-tests/target/kafka"));
        kafkaBootstrap = kafka.bootstrap();
        PostgresCluster.dropLeftovers(CLUSTER_PREFIX, logs.resolve("postgresql.log"));
        reportingDatabase = new PostgresCluster(CLUSTER_PREFIX + ProcessHandle.current().pid() + "-" + runId, logs.resolve("postgresql.log"));
        Map<String, String> common = new HashMap<>();
        common.put("QUARKUS_DATASOURCE_USERNAME", "venster");
        common.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword());
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        common.put("EVENTS_TOPIC_PREFIX", topicPrefix);
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey);
        common.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // The scenarios write far more than a client normally does (hundreds of answers from one test);
        // the per-client write limit would only slow them down with 429s. 0 switches it off.
        common.put("API_WRITE_RATE_LIMIT_PER_MINUTE", "0");

        Map<String, String> registryEnv = new HashMap<>(common);
        registryEnv.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(REGISTER_DATABASE));
        Map<String, String> vensterEnv = new HashMap<>(common);
        vensterEnv.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(VENSTER_DATABASE));
        // Own consumer groups, so a local system's groups never share partitions with this run.
        vensterEnv.put("MP_MESSAGING_INCOMING_REGIOS_GROUP_ID", topicPrefix + "venster-service");
        vensterEnv.put("MP_MESSAGING_INCOMING_CONTACTPERSONEN_GROUP_ID", topicPrefix + "venster-service");
        vensterEnv.put("MP_MESSAGING_INCOMING_CONTACTADRESSEN_GROUP_ID", topicPrefix + "venster-service");
        // Its messages go to this run's own SMTP server (never to a local GreenMail on 3025).
        mail = new Mailbox(freePort());
        vensterEnv.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        vensterEnv.put("QUARKUS_MAILER_PORT", Integer.toString(mail.port()));
        vensterEnv.put("VENSTER_BERICHTEN_ANTWOORDFORMULIER_URL", Mailbox.FORMULIER);
        // Short, but long enough that quick corrections replace a confirmation not yet sent, as in production.
        vensterEnv.put("VENSTER_BERICHTEN_BEVESTIGING_WACHTTIJD", "2s");
        Map<String, String> reportingEnv = new HashMap<>(common);
        reportingEnv.put("QUARKUS_DATASOURCE_JDBC_URL", reportingDatabase.jdbcUrl(REPORTING_DATABASE));
        reportingEnv.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", reportingGroup());
        // A SIGKILLed instance's partitions go to the others when its session expires: 10 s instead of the client's
        // default 45 s keeps the scale-out scenario short (heartbeats stay at every 3 s).
        reportingEnv.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_SESSION_TIMEOUT_MS", "10000");
        reportingEnvironment = Map.copyOf(reportingEnv);

        registry = service("registry-service", "/api/register/v1", registryEnv, logs);
        venster = service("venster-service", "/api/venster/v1", vensterEnv, logs);
        reporting = service("reporting-service", "/api/rapportage/v1", reportingEnv, logs);
    }

    private ServiceProcess service(String name, String base, Map<String, String> environment, Path logs) {
        return service(name, base, environment, logs, name);
    }

    private ServiceProcess service(String name, String base, Map<String, String> environment, Path logs, String instance) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them)");
        }
        Map<String, String> withPort = new HashMap<>(environment);
        int port = freePort();
        // Health and metrics are on the management interface: a free port of its own too, on loopback.
        int managementPort = freePort();
        withPort.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        withPort.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        withPort.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        return new ServiceProcess(instance, jar, port, managementPort, base, withPort, logs.resolve(instance + ".log"));
    }

    private void startAll() {
        long t0 = System.nanoTime();
        mail.start();
        kafka.start();
        for (String database : List.of(REGISTER_DATABASE, VENSTER_DATABASE)) {
            emptyDatabase(database);
        }
        // Marked before creating: a half-created cluster is dropped too.
        clusterCreated = true;
        reportingDatabase.create("venster", databasePassword(), REPORTING_DATABASE);
        kafka.awaitReady();
        createTopics();
        // Started together, then awaited: the three JVMs boot in parallel.
        for (ServiceProcess service : services()) {
            service.start();
        }
        for (ServiceProcess service : services()) {
            service.awaitReady();
        }
        System.out.printf("[system] 3 services ready in %d s (Kafka %s, reporting database in cluster 15/%s, topics %s*,"
                + " logs system-tests/target/logs)%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), kafkaBootstrap,
                reportingDatabase.name(), topicPrefix);
    }

    /**
     * Brings back whatever a fault scenario left stopped (also when it failed halfway), so the next scenario finds
     * the whole system running.
     */
    public synchronized void ensureRunning() {
        if (!kafka.isAlive()) {
            kafka.start();
            kafka.awaitReady();
        }
        reportingDatabase.ensureStarted();
        for (ServiceProcess service : services()) {
            if (!service.isAlive()) {
                service.start();
            }
        }
        for (ServiceProcess service : services()) {
            service.awaitReady();
        }
    }

    /** The run's topic prefix, e.g. {@code st-1a2b3c4d.}. */
    public String topicPrefix() {
        return topicPrefix;
    }

    /** The consumer group every reporting-service instance of this run joins. */
    public String reportingGroup() {
        return topicPrefix + "reporting-service";
    }

    /**
     * One more reporting-service on a port of its own, with the same database and consumer group as {@link #reporting}
     * (scale-out); not started yet. Stopped with the others when the run ends.
     */
    public synchronized ServiceProcess newReportingInstance() {
        ServiceProcess instance = service("reporting-service", "/api/rapportage/v1", reportingEnvironment, logs,
                "reporting-service-" + (extraInstances.size() + 2));
        extraInstances.add(instance);
        return instance;
    }

    public List<ServiceProcess> services() {
        return List.of(registry, venster, reporting);
    }

    private synchronized void shutDown() {
        // Reverse order: reporting consumes what the others publish; the broker and database go last.
        extraInstances.forEach(ServiceProcess::stop);
        for (int i = services().size() - 1; i >= 0; i--) {
            services().get(i).stop();
        }
        // The topics go with the broker: its data folder is removed at the next run's start.
        kafka.stop();
        mail.stop();
        if (clusterCreated) {
            reportingDatabase.drop();
            clusterCreated = false;
        }
    }

    /** A signed RS256 token as the identity provider would issue it. */
    public String token(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(role)).expiresIn(3600)
                .jws().keyId("system-tests").sign(keys.getPrivate());
    }

    /** The topics of deploy/local/topics.conf, under this run's prefix. */
    private void createTopics() {
        List<NewTopic> newTopics = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(root.resolve("deploy/local/topics.conf"))) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                Map<String, String> configs = new LinkedHashMap<>();
                if (fields.length > 2) {
                    for (String pair : fields[2].split(",")) {
                        String[] keyValue = pair.split("=", 2);
                        configs.put(keyValue[0], keyValue[1]);
                    }
                }
                String name = topicPrefix + fields[0];
                newTopics.add(new NewTopic(name, Integer.parseInt(fields[1]), (short) 1).configs(configs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Admin admin = admin()) {
            admin.createTopics(newTopics).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topics on " + kafkaBootstrap, e);
        }
    }

    /** An admin client on the run's own broker; close it after use. */
    public Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        return Admin.create(properties);
    }

    /** Every run starts from empty databases; Flyway in each service creates the schema again. */
    private void emptyDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "venster", databasePassword());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + database + " (deploy/local/postgres.sh start creates it)", e);
        }
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    private String databasePassword() {
        String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        if (password != null && !password.isBlank()) {
            return password;
        }
        // Run by hand without deploy/local/test.sh: the machine's password that postgres.sh generated (lib.sh).
        String stateHome = System.getenv().getOrDefault("XDG_STATE_HOME", System.getProperty("user.home") + "/.local/state");
        Path file = Path.of(System.getenv().getOrDefault("VENSTER_STATE_DIR", stateHome + "/venster"), "db-password");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException("QUARKUS_DATASOURCE_PASSWORD is not set and " + file + " is missing", e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
