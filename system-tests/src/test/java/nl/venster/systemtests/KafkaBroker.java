package nl.venster.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker of the system tests' own (KRaft combined mode, one node) on free ports, with its data under
 * {@code system-tests/target}, so the fault scenario can SIGKILL it without disturbing the shared broker on :9092.
 * It runs from the jars {@code deploy/local/kafka.sh} resolved into {@code .local/kafka/libs-<kafka.version>}, with
 * the same configuration that script writes (only ports and folders differ).
 */
public final class KafkaBroker {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path libs;
    private final Path config;
    private final Path console;
    private final Path logs;
    private final Path log4j;
    private final Path pids;
    private final int port;
    private Process process;

    KafkaBroker(Path root, Path home) {
        String version = rootPomProperty(root, "kafka.version");
        libs = root.resolve(".local/kafka/libs-" + version);
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException(libs + " is missing: deploy/local/kafka.sh start resolves the Kafka jars");
        }
        log4j = root.resolve("deploy/local/kafka/log4j2.xml");
        port = SystemHarness.freePort();
        int controllerPort = SystemHarness.freePort();
        Path data = home.resolve("data");
        logs = home.resolve("logs");
        config = home.resolve("server.properties");
        pids = home.resolve("pids");
        console = home.resolve("console.log");
        try {
            killLeftover(pids);
            deleteRecursively(home);
            Files.createDirectories(data);
            Files.createDirectories(logs);
            Files.writeString(config, """
                    # Written by the system tests (KafkaBroker); the settings of deploy/local/kafka.sh on other ports.
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                    log.dirs=%3$s
                    auto.create.topics.enable=false
                    num.partitions=6
                    default.replication.factor=1
                    min.insync.replicas=1
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=6
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    transaction.state.log.num.partitions=6
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    broker.heartbeat.interval.ms=1000
                    broker.session.timeout.ms=5000
                    group.initial.rebalance.delay.ms=0
                    log.cleaner.dedupe.buffer.size=33554432
                    num.recovery.threads.per.data.dir=1
                    """.formatted(port, controllerPort, data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        format();
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Formatting gives the (empty) data folder its cluster id; done once, a restart keeps the data. */
    private void format() {
        List<String> command = List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j.getParent().resolve("log4j2-tools.xml"),
                "-cp", libs + "/*", "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        try {
            Process format = builder.start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage failed; see " + console);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the system tests' broker runs already");
        }
        // The JVM flags of Kafka's own start script, with a smaller heap.
        List<String> command = List.of(java(), "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-XX:InitiatingHeapOccupancyPercent=35", "-Djava.awt.headless=true", "-Dkafka.logs.dir=" + logs,
                "-Dlog4j2.configurationFile=" + log4j, "-cp", libs + "/*", "kafka.Kafka", config.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        try {
            process = builder.start();
            // Owner and broker: a later run kills this broker when the owning JVM died without stopping it.
            Files.writeString(pids, ProcessHandle.current().pid() + " " + process.pid() + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the system tests' Kafka broker", e);
        }
    }

    private void killLeftover(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String[] recorded = Files.readString(pidFile).strip().split(" ");
        boolean ownerAlive = ProcessHandle.of(Long.parseLong(recorded[0])).map(ProcessHandle::isAlive).orElse(false);
        if (ownerAlive) {
            throw new IllegalStateException("another system-test run uses " + pidFile.getParent() + " (pid " + recorded[0] + ")");
        }
        ProcessHandle.of(Long.parseLong(recorded[1]))
                .filter(broker -> broker.info().commandLine().orElse("").contains(config.toString()))
                .ifPresent(broker -> {
                    System.out.println("[system] killing the Kafka broker (pid " + broker.pid() + ") left by an earlier run");
                    broker.destroyForcibly();
                    broker.onExit().join();
                });
    }

    /** Until the broker has registered and answers metadata requests. */
    public void awaitReady() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        // The port first: an admin client on a closed port only logs warnings until it opens.
        while (!listening() && Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException("the system tests' Kafka broker exited; see " + console + " and " + logs);
            }
            ServiceProcess.sleep(200);
        }
        try (Admin admin = Admin.create(properties)) {
            while (Instant.now().isBefore(deadline)) {
                if (!isAlive()) {
                    throw new IllegalStateException("the system tests' Kafka broker exited; see " + console + " and " + logs);
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    // not up yet
                }
                ServiceProcess.sleep(300);
            }
        }
        throw new IllegalStateException("the system tests' Kafka broker is not ready within " + READY_TIMEOUT + "; see " + logs);
    }

    private boolean listening() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL, as in a crash: no controlled shutdown, unflushed segments are recovered at the next start. */
    public synchronized void kill() {
        ServiceProcess.end(process, Duration.ZERO);
    }

    public synchronized void stop() {
        ServiceProcess.end(process, Duration.ofSeconds(20));
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String rootPomProperty(Path root, String name) {
        try {
            Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(root.resolve("pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException(name + " is not a property of the root pom");
            }
            return matcher.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
