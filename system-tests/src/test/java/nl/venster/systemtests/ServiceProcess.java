package nl.venster.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service jar as a child process. Kept restartable with the same port and environment, so fault scenarios
 * can kill it hard ({@link #kill()}: SIGKILL) and start it again.
 */
public final class ServiceProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final String basePath;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, int managementPort, String basePath, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.basePath = basePath;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    public String name() {
        return name;
    }

    /** The API base URL, e.g. http://127.0.0.1:40123/api/venster/v1. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + basePath;
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().getParent().getParent().toFile())
                .redirectErrorStream(true)
                // Appended: after a restart the log shows both lives of the process.
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Whether /q/health/ready (on the management port) answers 200 now. */
    public boolean ready() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until /q/health/ready answers 200; fails early when the process died. */
    public void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no graceful close, as in a crash. */
    public synchronized void kill() {
        end(process, Duration.ZERO);
    }

    /** SIGTERM, then SIGKILL when it does not end in time. */
    public synchronized void stop() {
        end(process, Duration.ofSeconds(20));
    }

    /**
     * Ends a child process and waits until it is gone: SIGTERM with this much grace, SIGKILL at once when the grace
     * is zero or runs out.
     */
    static void end(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (grace.isZero()) {
                process.destroyForcibly();
            } else {
                process.destroy();
                if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            }
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
