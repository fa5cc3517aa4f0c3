package nl.venster.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 cluster of the system tests' own (Debian {@code pg_createcluster}, run as user postgres) on a free
 * port, holding the reporting database: the fault scenario stops and starts it without touching the shared cluster
 * on :5432. Dropped when the run ends. Needs root, as {@code deploy/local/postgres.sh} does.
 */
public final class PostgresCluster {

    private static final String VERSION = "15";

    private final String name;
    private final int port;
    private final Path log;
    private boolean stopped;

    PostgresCluster(String name, Path log) {
        this.name = name;
        this.port = SystemHarness.freePort();
        this.log = log;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates and starts the cluster, with a login role and one database owned by it. */
    void create(String role, String password, String database) {
        run("pg_createcluster", VERSION, name, "-p", String.valueOf(port), "--start", "--",
                "--auth-local=peer", "--auth-host=scram-sha-256");
        psql("create role " + role + " login password :'password';\ncreate database " + database + " owner " + role + ";\n",
                "password=" + password);
    }

    public synchronized void start() {
        run("pg_ctlcluster", VERSION, name, "start");
        stopped = false;
    }

    /** A clean shutdown (fast mode: open sessions are ended), as an operator stopping the database. */
    public synchronized void stop() {
        stopped = true;
        run("pg_ctlcluster", VERSION, name, "stop", "-m", "fast");
    }

    synchronized void ensureStarted() {
        if (stopped) {
            start();
        }
    }

    /** Stops and removes the cluster with its data; quiet when it is already gone. */
    void drop() {
        try {
            run("pg_dropcluster", "--stop", VERSION, name);
        } catch (RuntimeException e) {
            System.err.println("[system] could not drop PostgreSQL cluster " + VERSION + "/" + name + ": " + e.getMessage());
        }
    }

    private void psql(String script, String variable) {
        runWithInput(script, "runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", variable,
                "-p", String.valueOf(port), "-d", "postgres", "-f", "-");
    }

    private void run(String... command) {
        runWithInput(null, command);
    }

    private void runWithInput(String input, String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(line.get(0) + " did not finish in 120 s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed (" + process.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + line.get(0) + " (Debian postgresql-common is needed)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops the clusters earlier runs left behind when their JVM was killed before its shutdown hook ran: the cluster
     * name carries the pid of the JVM that owns it.
     */
    static void dropLeftovers(String prefix, Path log) {
        try (var clusters = Files.list(Path.of("/etc/postgresql", VERSION))) {
            for (Path folder : clusters.toList()) {
                String candidate = folder.getFileName().toString();
                if (!candidate.startsWith(prefix)) {
                    continue;
                }
                String[] parts = candidate.substring(prefix.length()).split("-");
                long owner = Long.parseLong(parts[0]);
                if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                System.out.println("[system] dropping PostgreSQL cluster " + VERSION + "/" + candidate + " left by an earlier run");
                new PostgresCluster(candidate, log).drop();
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("[system] could not look for left-over clusters: " + e);
        }
    }
}
