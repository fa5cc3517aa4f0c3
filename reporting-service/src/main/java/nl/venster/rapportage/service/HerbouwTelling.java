package nl.venster.rapportage.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.ModelEvent;

/**
 * The rebuild's outcome per answer set event, decided batch by batch with the same result as one-by-one
 * application: an event is {@code TOEGEPAST} when its version is above every earlier version of its set.
 * Otherwise it is {@code VEROUDERD}, or {@code DUBBEL} when its id was processed before. An event id
 * identifies one event (CloudEvents: id and source), so a repeated id carries the same set and version and
 * can never be above the versions seen: the repeats are found afterwards, in the database, by counting
 * repeated ids among the events not applied ({@link #telDubbel}). Holds one version number per answer set
 * over the whole rebuild (the model's size, not the stream's).
 */
final class HerbouwTelling {

    private record SetSleutel(int jaar, String regio, Financier financier) {
        /**
         * The record's default hash (31 × jaar + hash of the code + ...) collides for consecutive years and
         * codes that differ in one digit, which turns HashMap buckets into trees; spreading jaar avoids that.
         */
        @Override
        public int hashCode() {
            return (regio.hashCode() * 31 + financier.ordinal()) ^ (jaar * 0x9E3779B1);
        }
    }

    private final Map<Toepassing, Long> perUitkomst = new EnumMap<>(Toepassing.class);
    private final Map<SetSleutel, Long> versiePerSet = new HashMap<>();
    private long ongeldig;

    void tel(Toepassing toepassing) {
        perUitkomst.merge(toepassing, 1L, Long::sum);
    }

    /** Invalid records of a batch (already dead-lettered by the live consumer). */
    void telOngeldig(long aantal) {
        ongeldig += aantal;
    }

    /** Moves the answer set events that repeated an earlier id from {@code VEROUDERD} to {@code DUBBEL}. */
    void telDubbel(long herhaald) {
        perUitkomst.merge(Toepassing.VEROUDERD, -herhaald, Long::sum);
        perUitkomst.merge(Toepassing.DUBBEL, herhaald, Long::sum);
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
     */
    List<ModelEvent.AntwoordsetIngediend> nieuwsteToegepast(List<ModelEvent.AntwoordsetIngediend> sets) {
        Map<SetSleutel, ModelEvent.AntwoordsetIngediend> nieuwste = new LinkedHashMap<>();
        for (ModelEvent.AntwoordsetIngediend set : sets) {
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
