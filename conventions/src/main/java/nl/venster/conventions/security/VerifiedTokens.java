package nl.venster.conventions.security;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens that passed full verification, by their exact text, until their {@code exp} (or their maximum
 * age, when one is configured), never beyond. Bounded: when full, expired entries go first, then the
 * oldest. Only {@link CachingJwtParser} puts tokens here, after verification succeeded.
 */
final class VerifiedTokens {

    private record Entry(JsonWebToken token, long validUntilMillis) {
    }

    private final int maximumSize;
    private final Optional<Long> maximumAgeSeconds;
    private final Clock clock;
    // Insertion order: the eldest entry is the token verified longest ago.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    VerifiedTokens(int maximumSize, Optional<Long> maximumAgeSeconds, Clock clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("security.token-cache.maximum-size must be at least 1");
        }
        this.maximumSize = maximumSize;
        this.maximumAgeSeconds = maximumAgeSeconds;
        this.clock = clock;
    }

    /** The verified token with exactly this text, unless it expired meanwhile. */
    JsonWebToken get(String rawToken) {
        long now = clock.millis();
        synchronized (entries) {
            Entry entry = entries.get(rawToken);
            if (entry == null) {
                return null;
            }
            if (now >= entry.validUntilMillis()) {
                entries.remove(rawToken);
                return null;
            }
            return entry.token();
        }
    }

    /** Keeps a token the verifier accepted; one without an expiry, or already expired, is not kept. */
    void put(String rawToken, JsonWebToken verified) {
        long validUntil = validUntilMillis(verified);
        long now = clock.millis();
        if (now >= validUntil) {
            return;
        }
        synchronized (entries) {
            if (!entries.containsKey(rawToken) && entries.size() >= maximumSize) {
                makeRoom(now);
            }
            entries.put(rawToken, new Entry(verified, validUntil));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Epoch millisecond from which the token no longer counts as verified; 0 when it has no expiry. */
    private long validUntilMillis(JsonWebToken token) {
        long expiresAt = epochSeconds(token, Claims.exp);
        if (expiresAt <= 0) {
            return 0;
        }
        if (maximumAgeSeconds.isPresent()) {
            long issuedAt = epochSeconds(token, Claims.iat);
            if (issuedAt <= 0) {
                return 0;
            }
            expiresAt = Math.min(expiresAt, issuedAt + maximumAgeSeconds.get());
        }
        return expiresAt * 1000;
    }

    private static long epochSeconds(JsonWebToken token, Claims claim) {
        return token.<Number>claim(claim.name()).map(Number::longValue).orElse(0L);
    }

    private void makeRoom(long now) {
        entries.values().removeIf(e -> now >= e.validUntilMillis());
        Iterator<Map.Entry<String, Entry>> eldestFirst = entries.entrySet().iterator();
        while (entries.size() >= maximumSize && eldestFirst.hasNext()) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }
}
