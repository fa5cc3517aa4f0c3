package nl.venster.conventions.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token bucket per client for writes: a burst is allowed, then a sustained rate. Buckets idle for a
 * while are dropped so the map stays bounded by the number of recently active clients.
 */
public final class WriteRateLimiter {

    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int CLEANUP_THRESHOLD = 10_000;

    private final double tokensPerNano;
    private final double burst;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public WriteRateLimiter(int perMinute, int burst) {
        this.tokensPerNano = perMinute / 60_000_000_000d;
        this.burst = Math.max(1, burst);
    }

    public boolean enabled() {
        return tokensPerNano > 0;
    }

    /** Takes one token for this client; returns 0 when allowed, otherwise the seconds to wait. */
    public long acquire(String client, long nowNanos) {
        if (!enabled()) {
            return 0;
        }
        if (buckets.size() > CLEANUP_THRESHOLD) {
            buckets.values().removeIf(b -> nowNanos - b.updated > IDLE_NANOS);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (nowNanos - bucket.updated) * tokensPerNano);
            bucket.updated = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1_000_000_000d);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        private Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
