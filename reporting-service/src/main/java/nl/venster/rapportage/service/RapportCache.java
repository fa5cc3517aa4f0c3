package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.venster.rapportage.repository.ModelVersieRepository;

/**
 * Computed reports (or their serialised bodies) per request key, valid for one version of the read model.
 * A hit costs one primary-key read of {@code model_versie} instead of loading and aggregating a round; that
 * check, rather than an in-process invalidation, keeps instances that share the database correct. The
 * version is read before the report is computed, so a report is never stored under a newer version than
 * the data it was computed from (at worst it is computed once more). Least recently used keys are dropped.
 */
@ApplicationScoped
public class RapportCache {

    /** Room for every region detail of a round (500 regions) next to the overviews and pages. */
    static final int MAXIMUM_AANTAL = 2048;

    private record Item(long modelVersie, Object waarde) {
    }

    private final ModelVersieRepository modelVersie;
    private final Object[] sloten = new Object[32];
    private final Map<String, Item> items = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Item> eldest) {
            return size() > MAXIMUM_AANTAL;
        }
    };

    public RapportCache(ModelVersieRepository modelVersie) {
        this.modelVersie = modelVersie;
        for (int i = 0; i < sloten.length; i++) {
            sloten[i] = new Object();
        }
    }

    /** The cached value for {@code sleutel} if the model did not change since, else a fresh one from {@code bereken}. */
    @SuppressWarnings("unchecked")
    public <T> T geef(String sleutel, Supplier<T> bereken) {
        long versie = modelVersie.huidige();
        Item item = actueel(sleutel, versie);
        if (item != null) {
            return (T) item.waarde();
        }
        // Concurrent misses for one key wait for a single computation instead of each loading the round.
        synchronized (sloten[Math.floorMod(sleutel.hashCode(), sloten.length)]) {
            item = actueel(sleutel, versie);
            if (item != null) {
                return (T) item.waarde();
            }
            T waarde = bereken.get();
            synchronized (items) {
                items.put(sleutel, new Item(versie, waarde));
            }
            return waarde;
        }
    }

    /** The cached item when it was computed at this model version or a later one. */
    private Item actueel(String sleutel, long versie) {
        synchronized (items) {
            Item item = items.get(sleutel);
            return item != null && item.modelVersie() >= versie ? item : null;
        }
    }
}
