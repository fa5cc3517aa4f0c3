package nl.venster.rapportage.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;

/**
 * The rebuild's outcome per event, decided batch by batch exactly as one-by-one application would decide
 * it: a duplicate event id is {@code DUBBEL}; otherwise an answer set event is {@code TOEGEPAST} when its
 * version is above every earlier applied version of its set, else {@code VEROUDERD}. Holds one version
 * number per answer set over the whole rebuild (the model's size, not the stream's).
 */
final class HerbouwTelling {

    private record SetSleutel(int jaar, String regio, Financier financier) {
    }

    private final Map<Toepassing, Long> perUitkomst = new EnumMap<>(Toepassing.class);
    private final Map<SetSleutel, Long> versiePerSet = new HashMap<>();
    private long ongeldig;

    void tel(Toepassing toepassing) {
        perUitkomst.merge(toepassing, 1L, Long::sum);
    }

    void telOngeldig() {
        ongeldig++;
    }

    long aantal(Toepassing toepassing) {
        return perUitkomst.getOrDefault(toepassing, 0L);
    }

    long ongeldig() {
        return ongeldig;
    }

    /**
     * Counts a batch of answer set events in stream order and returns, per set, the newest applied event of
     * the batch: the only one that has to be written.
     *
     * @param eersteLeveringen the batch's event ids that were not processed before this batch
     */
    List<Gebeurtenis.AntwoordsetIngediend> nieuwsteToegepast(List<Gebeurtenis.AntwoordsetIngediend> sets,
                                                             Set<UUID> eersteLeveringen) {
        Set<UUID> nogNietGezien = new HashSet<>(eersteLeveringen);
        Map<SetSleutel, Gebeurtenis.AntwoordsetIngediend> nieuwste = new LinkedHashMap<>();
        for (Gebeurtenis.AntwoordsetIngediend set : sets) {
            // Removed on first sight: a second copy of the same id within the batch is a duplicate as well.
            if (!nogNietGezien.remove(set.eventId())) {
                tel(Toepassing.DUBBEL);
                continue;
            }
            SetSleutel sleutel = new SetSleutel(set.jaar(), set.regio(), set.financier());
            Long huidige = versiePerSet.get(sleutel);
            if (huidige != null && huidige >= set.versie()) {
                tel(Toepassing.VEROUDERD);
                continue;
            }
            versiePerSet.put(sleutel, set.versie());
            nieuwste.put(sleutel, set);
            tel(Toepassing.TOEGEPAST);
        }
        return new ArrayList<>(nieuwste.values());
    }
}
