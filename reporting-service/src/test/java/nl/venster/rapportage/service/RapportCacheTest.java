package nl.venster.rapportage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.venster.rapportage.repository.ModelVersieRepository;
import org.junit.jupiter.api.Test;

/** The report cache follows the read model's version (the cache itself: VersionedCacheTest in conventions). */
class RapportCacheTest {

    private final AtomicLong modelVersie = new AtomicLong(7);
    private final RapportCache cache = new RapportCache(new ModelVersieRepository(null, null) {
        @Override
        public long huidige() {
            return modelVersie.get();
        }
    }, null);
    private final AtomicInteger berekeningen = new AtomicInteger();

    private String bereken() {
        return "rapport " + berekeningen.incrementAndGet();
    }

    @Test
    void eenOngewijzigdModelGeeftHetBewaardeRapportZonderHerberekening() {
        assertEquals("rapport 1", cache.geef("overzicht/2026", this::bereken));
        assertEquals("rapport 1", cache.geef("overzicht/2026", this::bereken));
        assertEquals(1, berekeningen.get());
    }

    @Test
    void elkeWijzigingVanHetModelMaaktHetRapportOpnieuw() {
        cache.geef("overzicht/2026", this::bereken);
        modelVersie.incrementAndGet();
        assertEquals("rapport 2", cache.geef("overzicht/2026", this::bereken));
        assertEquals("rapport 2", cache.geef("overzicht/2026", this::bereken));
    }
}
