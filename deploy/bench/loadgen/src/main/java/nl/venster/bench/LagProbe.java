package nl.venster.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * End-to-end lag (B3): submissions leave at a fixed rate (open model, as in {@link FixedRateLoad}); after
 * each 2xx the reporting region detail is polled every {@code --poll-ms} until its {@code beantwoord} list
 * shows the financier at the new version or later. The lag runs from the 2xx to the first poll that shows
 * it, so the poll interval is the resolution. Targets: {@code PUT-URL<TAB>TOKEN<TAB>DETAIL-URL<TAB>FINANCIER}
 * per line; --body-file, --reader-token (for the detail), --rate, --seconds, --warmup, --header.
 */
final class LagProbe {

    private static final Pattern VERSIE = Pattern.compile("\"versie\"\\s*:\\s*(\\d+)");
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(15);

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

        long period = (long) (1_000_000_000L / rate);
        long warmupCount = (long) (warmup * rate);
        long total = warmupCount + (long) (seconds * rate);
        long start = System.nanoTime() + 50_000_000L;
        for (long i = 0; i < total; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = i >= warmupCount;
            String[] target = targets.get((int) (i % targets.size()));
            HttpRequest submit = Http.request("PUT", target[0], target[1], body, options.headers());
            HttpRequest detail = Http.request("GET", target[2], readerToken, null, List.of());
            Pattern shown = Pattern.compile("\"financier\"\\s*:\\s*\"" + Pattern.quote(target[3]) + "\"\\s*,\\s*\"versie\"\\s*:\\s*(\\d+)");
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
                long expected = Long.parseLong(version.group(1));
                new Runnable() {
                    @Override
                    public void run() {
                        pollCount.incrementAndGet();
                        client.sendAsync(detail, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
                            long now = System.nanoTime();
                            Matcher seen = failure == null && answer.statusCode() == 200 ? shown.matcher(answer.body()) : null;
                            if (seen != null && seen.find() && Long.parseLong(seen.group(1)) >= expected) {
                                synchronized (lag) {
                                    lag.recordValue(Math.max(1, (now - acknowledged) / 1000));
                                }
                                pending.decrementAndGet();
                            } else if (now - acknowledged > GIVE_UP_NANOS) {
                                neverVisible.incrementAndGet();
                                pending.decrementAndGet();
                            } else {
                                polls.schedule(this, pollNanos, TimeUnit.NANOSECONDS);
                            }
                        });
                    }
                }.run();
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
