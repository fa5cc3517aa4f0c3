package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import nl.venster.conventions.cache.VersionedCache;
import nl.venster.rapportage.repository.ModelVersieRepository;

/**
 * Computed reports (or their serialised bodies) per request key, valid for one version of the read model:
 * a hit costs one primary-key read of {@code model_versie} instead of loading and aggregating a round.
 */
@ApplicationScoped
public class RapportCache {

    /** Room for every region detail of a round (500 regions) next to the overviews and pages. */
    static final int MAXIMUM_AANTAL = 2048;

    private final VersionedCache rapporten;

    public RapportCache(ModelVersieRepository modelVersie) {
        this.rapporten = new VersionedCache(MAXIMUM_AANTAL, modelVersie::huidige);
    }

    /** The cached value for {@code sleutel} if the model did not change since, else a fresh one from {@code bereken}. */
    public <T> T geef(String sleutel, Supplier<T> bereken) {
        return rapporten.get(sleutel, bereken);
    }
}
