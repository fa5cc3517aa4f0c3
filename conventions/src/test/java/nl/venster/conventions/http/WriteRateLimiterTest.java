package nl.venster.conventions.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WriteRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenRefusesWithAWaitTime() {
        WriteRateLimiter limiter = new WriteRateLimiter(60, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a", 0));
        }
        assertEquals(1, limiter.acquire("a", 0));
    }

    @Test
    void refillsAtTheSustainedRate() {
        WriteRateLimiter limiter = new WriteRateLimiter(60, 1);
        assertEquals(0, limiter.acquire("a", 0));
        assertTrue(limiter.acquire("a", SECOND / 2) > 0);
        assertEquals(0, limiter.acquire("a", 2 * SECOND));
    }

    @Test
    void clientsHaveSeparateBuckets() {
        WriteRateLimiter limiter = new WriteRateLimiter(60, 1);
        assertEquals(0, limiter.acquire("a", 0));
        assertEquals(0, limiter.acquire("b", 0));
    }

    @Test
    void zeroRateSwitchesTheLimitOff() {
        WriteRateLimiter limiter = new WriteRateLimiter(0, 1);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.acquire("a", 0));
        }
    }
}
