package nl.venster.rapportage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.venster.rapportage.repository.ModelVersieRepository;
import org.junit.jupiter.api.Test;

class RapportCacheTest {

    private final AtomicLong modelVersie = new AtomicLong(7);
    private final RapportCache cache = new RapportCache(new ModelVersieRepository(null, null) {
        @Override
        public long huidige() {
            return modelVersie.get();
        }
    });
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

    @Test
    void elkeSleutelHeeftZijnEigenRapport() {
        assertEquals("rapport 1", cache.geef("overzicht/2026", this::bereken));
        assertEquals("rapport 2", cache.geef("overzicht/2025", this::bereken));
        assertEquals("rapport 1", cache.geef("overzicht/2026", this::bereken));
    }

    @Test
    void hetLangstNietGebruikteRapportVervaltBijMeerDanHetMaximum() {
        cache.geef("oud", this::bereken);
        for (int i = 0; i < RapportCache.MAXIMUM_AANTAL; i++) {
            cache.geef("sleutel " + i, this::bereken);
        }
        int voor = berekeningen.get();
        cache.geef("oud", this::bereken);
        assertEquals(voor + 1, berekeningen.get());
    }

    @Test
    void gelijktijdigeMissersVoorDezelfdeSleutelBerekenenHetRapportEenKeer() throws Exception {
        CountDownLatch bezig = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        var eerste = CompletableFuture.supplyAsync(() -> cache.geef("overzicht/2026", () -> {
            bezig.countDown();
            try {
                verder.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return bereken();
        }));
        bezig.await();
        var tweede = CompletableFuture.supplyAsync(() -> cache.geef("overzicht/2026", this::bereken));
        verder.countDown();

        assertEquals("rapport 1", eerste.get(30, TimeUnit.SECONDS));
        assertEquals("rapport 1", tweede.get(30, TimeUnit.SECONDS));
        assertEquals(1, berekeningen.get());
    }
}
