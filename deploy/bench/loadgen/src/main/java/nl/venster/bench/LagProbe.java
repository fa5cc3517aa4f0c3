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

    static void run(Main.Options options) throws Exception {
        double rate = options.number("rate", 50);
        double seconds = options.number("seconds", 10);
        double warmup = options.number("warmup", 5);
        long pollNanos = (long) (options.number("poll-ms", 10) * 1_000_000);
        String body = Files.readString(Path.of(options.text("body-file")));
        String readerToken = options.text("reader-token");
        List<String[]> targets = Http.targets(options.text("targets"));

        HttpClient client = Http.client();
        ScheduledExecutorService polls = Executors.newScheduledThreadPool(2);
        Histogram lag = Http.histogram();
        Histogram put = Http.histogram();
        AtomicLong failedPuts = new AtomicLong();
        AtomicLong neverVisible = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        AtomicLong pollCount = new AtomicLong();
        Map<String, Queue<Wachtend>> wachtrijen = new ConcurrentHashMap<>();
        for (String[] target : targets) {
            wachtrijen.computeIfAbsent(target[2], url -> new ConcurrentLinkedQueue<>());
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
            String[] target = targets.get((int) (i % targets.size()));
            HttpRequest submit = Http.request("PUT", target[0], target[1], body, options.headers());
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
                wachtrijen.get(target[2]).add(new Wachtend(target[3], Long.parseLong(version.group(1)), acknowledged));
            });
        }
        long deadline = System.nanoTime() + GIVE_UP_NANOS + TimeUnit.SECONDS.toNanos(12);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long sent = total - warmupCount;
        synchronized (lag) {
            System.out.printf(Locale.ROOT, "target_rate=%.1f sent=%d visible=%d failed_puts=%d never_visible=%d polls=%d poll_ms=%.1f %s %s%n",
                    rate, sent, lag.getTotalCount(), failedPuts.get(), neverVisible.get(), pollCount.get(), pollNanos / 1e6,
                    Http.percentiles("lag_", lag), Http.percentiles("put_", put));
        }
        System.exit(0);
    }
}
