package nl.venster.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/** The HTTP client, request building and result formatting shared by the load and lag commands. */
final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Http() {
    }

    /** Parks until System.nanoTime() reaches {@code intended}: the open model's send schedule. */
    static void waitUntil(long intended) {
        long wait;
        while ((wait = intended - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /**
     * HTTP/1.1 as wrk speaks it (the JDK client would otherwise try an h2c upgrade); connections are
     * pooled and opened as concurrency demands, as independent clients would.
     */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .executor(Executors.newFixedThreadPool(4, runnable -> {
                    Thread thread = new Thread(runnable, "http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** One line per target, tab-separated columns. */
    static List<String[]> targets(String file) throws IOException {
        List<String[]> targets = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            if (!line.isBlank()) {
                targets.add(line.split("\t"));
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(file + " names no targets");
        }
        return targets;
    }

    static HttpRequest request(String method, String url, String token, String body, List<String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (token != null && !token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (String header : headers) {
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        if (body != null && !method.equals("GET")) {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    static Histogram histogram() {
        // Microseconds from 1 µs to one minute, three significant digits.
        return new Histogram(1, 60_000_000L, 3);
    }
}
