package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import nl.venster.conventions.cache.VersionedCache;
import nl.venster.rapportage.repository.ModelVersieRepository;
import nl.venster.rapportage.repository.RegioStatusRepository;

/**
 * Computed reports (or their serialised bodies) per request key, valid for one version of the read model:
 * a hit costs one primary-key read of {@code model_versie} instead of loading and aggregating a round. A
 * region's detail follows the version of that region alone, so a stream of submissions elsewhere does not
 * make every detail compute again.
 */
@ApplicationScoped
public class RapportCache {

    /** Room for every region detail of a round (500 regions) next to the overviews and pages. */
    static final int MAXIMUM_AANTAL = 2048;

    private final VersionedCache rapporten;
    private final RegioStatusRepository statussen;

    public RapportCache(ModelVersieRepository modelVersie, RegioStatusRepository statussen) {
        this.rapporten = new VersionedCache(MAXIMUM_AANTAL, modelVersie::huidige);
        this.statussen = statussen;
    }

    /** The cached value for {@code sleutel} if the model did not change since, else a fresh one from {@code bereken}. */
    public <T> T geef(String sleutel, Supplier<T> bereken) {
        return rapporten.get(sleutel, bereken);
    }

    /** A region's detail in a round; one that does not belong to the round is computed (and refused) every time. */
    public <T> T geefVoorRegio(int jaar, String regio, Supplier<T> bereken) {
        Optional<Long> versie = statussen.versie(jaar, regio);
        return versie.isPresent() ? rapporten.get("regio/" + jaar + "/" + regio, versie.get(), bereken) : bereken.get();
    }
}
