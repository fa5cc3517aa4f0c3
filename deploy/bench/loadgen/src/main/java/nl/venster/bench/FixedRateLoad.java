package nl.venster.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Open-model load: requests leave at fixed intended times (rate per second) whatever the responses do,
 * and each latency is measured from its intended send time, so a stalled server or a late sender shows
 * in the percentiles instead of silently lowering the load (no coordinated omission). Targets are used
 * round-robin: one line per target, {@code METHOD<TAB>URL<TAB>TOKEN}; {@code --body-file} is the body of
 * every non-GET request. Options: --rate, --seconds, --warmup, --targets, --header (repeatable).
 * A warm-up at the same rate runs first and is not recorded.
 */
final class FixedRateLoad {

    private FixedRateLoad() {
    }

    /** What one fixed-rate run measured; latencies in milliseconds from the intended send time. */
    record Result(double targetRate, double rate, long sent, long ok, long errors, long unanswered, double senderBehindMaxMs,
                  Percentiles latency, Map<Integer, Long> statuses) {

        /** Requests that got no answer or a 4xx/5xx other than the expected ones. */
        long failures(Set<Integer> expected) {
            long unexpected = statuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 400 && !expected.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            long answered = statuses.values().stream().mapToLong(Long::longValue).sum();
            return unexpected + (sent - answered);
        }
    }

    static void run(Main.Options options) throws Exception {
        List<String[]> targets = Http.targets(options.text("targets"));
        String body = options.values().containsKey("body-file") ? Files.readString(Path.of(options.text("body-file"))) : null;
        List<HttpRequest> requests = targets.stream()
                .map(t -> Http.request(t[0], t[1], t.length > 2 ? t[2] : null, body, options.headers())).toList();
        Result result = measure(Http.client(), requests, options.number("rate", 100), options.number("seconds", 10),
                options.number("warmup", 5));
        System.out.printf(Locale.ROOT, "target_rate=%.1f rate=%.1f sent=%d ok=%d errors=%d unanswered=%d sender_behind_max_ms=%.2f %s statuses=%s%n",
                result.targetRate(), result.rate(), result.sent(), result.ok(), result.errors(), result.unanswered(),
                result.senderBehindMaxMs(), result.latency().asText(""), result.statuses());
        System.exit(0);
    }

    /** One run: a warm-up at the same rate (not recorded), then {@code seconds} measured, requests round-robin. */
    static Result measure(HttpClient client, List<HttpRequest> requests, double rate, double seconds, double warmup)
            throws InterruptedException {
        Histogram histogram = Http.histogram();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong pending = new AtomicLong();

        long period = (long) (1_000_000_000L / rate);
        long warmupCount = (long) (warmup * rate);
        long total = warmupCount + (long) (seconds * rate);
        long start = System.nanoTime() + 50_000_000L;
        long maxBehind = 0;
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            Http.waitUntil(intended);
            boolean measured = i >= warmupCount;
            if (measured) {
                maxBehind = Math.max(maxBehind, System.nanoTime() - intended);
                pending.incrementAndGet();
            }
            client.sendAsync(requests.get((int) (i % requests.size())), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (!measured) {
                            return;
                        }
                        long latency = (System.nanoTime() - intended) / 1000;
                        synchronized (histogram) {
                            histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                        }
                        if (error != null) {
                            failures.incrementAndGet();
                        } else {
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        }
                        pending.decrementAndGet();
                    });
        }
        long measuredEnd = System.nanoTime();
        long deadline = measuredEnd + Http.TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(1);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long sent = total - warmupCount;
        long ok = statuses.entrySet().stream().filter(e -> e.getKey() < 400).mapToLong(e -> e.getValue().get()).sum();
        Map<Integer, Long> perStatus = new TreeMap<>();
        statuses.forEach((status, count) -> perStatus.put(status, count.get()));
        synchronized (histogram) {
            return new Result(rate, sent / seconds, sent, ok, sent - ok - pending.get(), pending.get(), maxBehind / 1e6,
                    Percentiles.of(histogram), perStatus);
        }
    }
}
