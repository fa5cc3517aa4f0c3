package nl.venster.conventions.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Computed views per request key, valid for one version of the data they were computed from. The version
 * is a counter that every change raises in its own transaction (a row in the service's database); reading
 * it on every lookup, rather than invalidating in-process, keeps instances that share the database correct.
 * It is read before a value is computed, so a value is never stored under a newer version than the data it
 * saw (at worst it is computed once more). Least recently used keys are dropped. Values must be immutable:
 * they are shared by concurrent requests.
 */
public final class VersionedCache {

    private record Item(long version, Object value) {
    }

    private final LongSupplier currentVersion;
    private final Object[] locks = new Object[32];
    private final Map<String, Item> items;

    public VersionedCache(int maximumSize, LongSupplier currentVersion) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1");
        }
        this.currentVersion = currentVersion;
        this.items = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Item> eldest) {
                return size() > maximumSize;
            }
        };
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** The cached value for {@code key} if the data did not change since, else a fresh one from {@code compute}. */
    public <T> T get(String key, Supplier<T> compute) {
        return get(key, currentVersion.getAsLong(), compute);
    }

    /**
     * The same for a key whose data has a version of its own (read by the caller before, as above), e.g. a
     * row that is rewritten with a new identity whenever that key's data changes: other changes then leave
     * its cached value alone.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, long version, Supplier<T> compute) {
        Item item = current(key, version);
        if (item != null) {
            return (T) item.value();
        }
        // Concurrent misses for one key wait for a single computation instead of each querying the database.
        synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
            item = current(key, version);
            if (item != null) {
                return (T) item.value();
            }
            T value = compute.get();
            synchronized (items) {
                items.put(key, new Item(version, value));
            }
            return value;
        }
    }

    /** The cached item when it was computed at this version or a later one. */
    private Item current(String key, long version) {
        synchronized (items) {
            Item item = items.get(key);
            return item != null && item.version() >= version ? item : null;
        }
    }
}
