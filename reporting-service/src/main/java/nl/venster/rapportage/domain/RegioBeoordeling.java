package nl.venster.rapportage.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.venster.conventions.vocabulary.Financier;

/**
 * The outcome of DESIGN.md §4 for one region in one round: status, divergence per question (only when all
 * three answered), escalation level, signal and whether scores may be shown.
 */
public record RegioBeoordeling(
        RegioStatus status,
        Escalatie escalatie,
        boolean signaal,
        boolean scoresZichtbaar,
        Set<Financier> beantwoord,
        Map<String, Divergentie> divergentiePerVraag) {

    public List<String> divergenteVragen() {
        return divergentiePerVraag.entrySet().stream().filter(e -> e.getValue().divergent()).map(Map.Entry::getKey).toList();
    }
}
