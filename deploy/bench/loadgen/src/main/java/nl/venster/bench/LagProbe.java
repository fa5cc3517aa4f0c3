package nl.venster.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * End-to-end lag (B3): submissions leave at a fixed rate (open model, as in {@link FixedRateLoad}); after
 * each 2xx the submission waits in its region's queue. One poller per region detail URL reads the detail
 * every {@code --poll-ms} while that queue is not empty (never two reads of one URL at once) and settles
 * every waiting submission whose financier shows the new version or later. Polling per region rather than
 * per submission keeps the probe's own read load bounded (at most one read per region per interval), so it
 * measures the pipeline instead of queueing behind its own polls. The lag runs from the 2xx to the first
 * read that shows it; the poll interval is the resolution. Targets: {@code
 * PUT-URL<TAB>TOKEN<TAB>DETAIL-URL<TAB>FINANCIER} per line; --body-file, --reader-token (for the detail),
 * --rate, --seconds, --warmup, --header.
 */
final class LagProbe {

    private static final Pattern VERSIE = Pattern.compile("\"versie\"\\s*:\\s*(\\d+)");
    private static final Pattern GETOOND = Pattern.compile("\"financier\"\\s*:\\s*\"([a-z]+)\"\\s*,\\s*\"versie\"\\s*:\\s*(\\d+)");
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(15);

    /** A measured submission that got its 2xx and waits until the detail shows its version. */
    private record Wachtend(String financier, long versie, long bevestigd) {
    }

    private LagProbe() {
    }

    /** One lag run: the lag from each 2xx to the first read showing it, and the PUTs' own latency (ms). */
    record Result(double targetRate, long sent, long visible, long failedPuts, long neverVisible, long polls,
                  Percentiles lag, Percentiles put) {
    }

    /** One submission target: the PUT, its aanspreekpunt's token, the region detail and the financier. */
    record Target(String putUrl, String token, String detailUrl, String financier) {
    }

    static void run(Main.Options options) throws Exception {
        List<Target> targets = Http.targets(options.text("targets")).stream()
                .map(t -> new Target(t[0], t[1], t[2], t[3])).toList();
        Result result = measure(Http.client(), targets, Files.readString(Path.of(options.text("body-file"))),
                options.text("reader-token"), options.headers(), options.number("rate", 50), options.number("seconds", 10),
                options.number("warmup", 5), options.number("poll-ms", 10));
        System.out.printf(Locale.ROOT, "target_rate=%.1f sent=%d visible=%d failed_puts=%d never_visible=%d polls=%d %s %s%n",
                result.targetRate(), result.sent(), result.visible(), result.failedPuts(), result.neverVisible(), result.polls(),
                result.lag().asText("lag_"), result.put().asText("put_"));
        System.exit(0);
    }

    static Result measure(HttpClient client, List<Target> targets, String body, String readerToken, List<String> headers,
                          double rate, double seconds, double warmup, double pollMs) throws InterruptedException {
        long pollNanos = (long) (pollMs * 1_000_000);
        ScheduledExecutorService polls = Executors.newScheduledThreadPool(2);
        Histogram lag = Http.histogram();
        Histogram put = Http.histogram();
        AtomicLong failedPuts = new AtomicLong();
        AtomicLong neverVisible = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        AtomicLong pollCount = new AtomicLong();
        Map<String, Queue<Wachtend>> wachtrijen = new ConcurrentHashMap<>();
        for (Target target : targets) {
            wachtrijen.computeIfAbsent(target.detailUrl(), url -> new ConcurrentLinkedQueue<>());
        }
        for (Map.Entry<String, Queue<Wachtend>> regio : wachtrijen.entrySet()) {
            HttpRequest detail = Http.request("GET", regio.getKey(), readerToken, null, List.of());
            Queue<Wachtend> wachtrij = regio.getValue();
            new Runnable() {
                @Override
                public void run() {
                    if (wachtrij.isEmpty()) {
                        polls.schedule(this, pollNanos, TimeUnit.NANOSECONDS);
                        return;
                    }
                    pollCount.incrementAndGet();
                    Runnable poller = this;
                    client.sendAsync(detail, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
                        long now = System.nanoTime();
                        Map<String, Long> getoond = new HashMap<>();
                        if (failure == null && answer.statusCode() == 200) {
                            Matcher seen = GETOOND.matcher(answer.body());
                            while (seen.find()) {
                                getoond.merge(seen.group(1), Long.parseLong(seen.group(2)), Math::max);
                            }
                        }
                        wachtrij.removeIf(wachtend -> {
                            if (getoond.getOrDefault(wachtend.financier(), 0L) >= wachtend.versie()) {
                                synchronized (lag) {
                                    lag.recordValue(Math.max(1, (now - wachtend.bevestigd()) / 1000));
                                }
                            } else if (now - wachtend.bevestigd() > GIVE_UP_NANOS) {
                                neverVisible.incrementAndGet();
                            } else {
                                return false;
                            }
                            pending.decrementAndGet();
                            return true;
                        });
                        polls.schedule(poller, pollNanos, TimeUnit.NANOSECONDS);
                    });
                }
            }.run();
        }

        long period = (long) (1_000_000_000L / rate);
        long warmupCount = (long) (warmup * rate);
        long total = warmupCount + (long) (seconds * rate);
        long start = System.nanoTime() + 50_000_000L;
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            Http.waitUntil(intended);
            boolean measured = i >= warmupCount;
            Target target = targets.get((int) (i % targets.size()));
            HttpRequest submit = Http.request("PUT", target.putUrl(), target.token(), body, headers);
            if (measured) {
                pending.incrementAndGet();
            }
            client.sendAsync(submit, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long acknowledged = System.nanoTime();
                Matcher version = error == null ? VERSIE.matcher(response.body()) : null;
                if (error != null || response.statusCode() / 100 != 2 || !version.find()) {
                    if (measured) {
                        failedPuts.incrementAndGet();
                        pending.decrementAndGet();
                    }
                    return;
                }
                if (!measured) {
                    return;
                }
                synchronized (put) {
                    put.recordValue((acknowledged - intended) / 1000);
                }
                wachtrijen.get(target.detailUrl()).add(new Wachtend(target.financier(), Long.parseLong(version.group(1)), acknowledged));
            });
        }
        long deadline = System.nanoTime() + GIVE_UP_NANOS + TimeUnit.SECONDS.toNanos(12);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long sent = total - warmupCount;
        polls.shutdownNow();
        synchronized (lag) {
            synchronized (put) {
                return new Result(rate, sent, lag.getTotalCount(), failedPuts.get(), neverVisible.get(), pollCount.get(),
                        Percentiles.of(lag), Percentiles.of(put));
            }
        }
    }
}
