package nl.venster.conventions.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void aValueIsReusedWhileTheVersionIsUnchanged() {
        VersionedCache cache = new VersionedCache(10, version::get);
        assertEquals("a1", cache.get("a", () -> compute("a")));
        assertEquals("a1", cache.get("a", () -> compute("a")));
        assertEquals(1, computations.get());
    }

    @Test
    void aNewVersionComputesTheValueAgain() {
        VersionedCache cache = new VersionedCache(10, version::get);
        cache.get("a", () -> compute("a"));
        version.incrementAndGet();
        assertEquals("a2", cache.get("a", () -> compute("a")));
        assertEquals("a2", cache.get("a", () -> compute("a")));
        assertEquals(2, computations.get());
    }

    @Test
    void keysAreCachedApartAndTheLeastRecentlyUsedIsDropped() {
        VersionedCache cache = new VersionedCache(2, version::get);
        cache.get("a", () -> compute("a"));
        cache.get("b", () -> compute("b"));
        cache.get("a", () -> compute("a"));
        cache.get("c", () -> compute("c"));
        cache.get("a", () -> compute("a"));
        assertEquals(3, computations.get());
        cache.get("b", () -> compute("b"));
        assertEquals(4, computations.get());
    }

    @Test
    void aKeyWithAVersionOfItsOwnIgnoresTheSharedVersion() {
        VersionedCache cache = new VersionedCache(10, version::get);
        assertEquals("a1", cache.get("a", 40, () -> compute("a")));
        version.addAndGet(100);
        assertEquals("a1", cache.get("a", 40, () -> compute("a")));
        assertEquals("a2", cache.get("a", 41, () -> compute("a")));
        assertEquals(2, computations.get());
    }

    @Test
    void aFailedComputationIsNotCached() {
        VersionedCache cache = new VersionedCache(10, version::get);
        assertThrows(IllegalStateException.class, () -> cache.get("a", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("a1", cache.get("a", () -> compute("a")));
    }

    @Test
    void concurrentMissesForOneKeyComputeItOnce() throws Exception {
        VersionedCache cache = new VersionedCache(10, version::get);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> cache.get("a", () -> {
            computing.countDown();
            try {
                proceed.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return compute("a");
        }));
        computing.await();
        var second = CompletableFuture.supplyAsync(() -> cache.get("a", () -> compute("a")));
        proceed.countDown();

        assertEquals("a1", first.get(30, TimeUnit.SECONDS));
        assertEquals("a1", second.get(30, TimeUnit.SECONDS));
        assertEquals(1, computations.get());
    }

    private String compute(String key) {
        return key + computations.incrementAndGet();
    }
}
