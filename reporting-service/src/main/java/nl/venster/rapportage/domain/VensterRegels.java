package nl.venster.rapportage.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.conventions.vocabulary.Verzegeling;

/**
 * The reporting rules of DESIGN.md §4 as pure functions: tevreden, divergence per question, region status,
 * escalation level, the two-rounds signal and the sealing of scores. Thresholds and scales always come from
 * the round, never from constants here.
 */
public final class VensterRegels {

    private VensterRegels() {
    }

    /** Tevreden: score ≥ voldoendeGrens; on a ja-nee scale only ja (1) is tevreden. */
    public static boolean tevreden(Schaal schaal, int score, Drempels drempels) {
        return schaal == Schaal.JA_NEE ? score == 1 : score >= drempels.voldoendeGrens();
    }

    /**
     * Divergent when the answers are mixed tevreden / not tevreden, or when max − min ≥ spreidingsGrens.
     * Both reasons are reported when both hold.
     */
    public static Divergentie divergentie(Schaal schaal, Collection<Integer> scores, Drempels drempels) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("divergence needs at least one score");
        }
        long aantalTevreden = scores.stream().filter(score -> tevreden(schaal, score, drempels)).count();
        IntSummaryStatistics statistiek = scores.stream().mapToInt(Integer::intValue).summaryStatistics();
        int spreiding = statistiek.getMax() - statistiek.getMin();
        boolean gemengd = aantalTevreden > 0 && aantalTevreden < scores.size();
        return new Divergentie(gemengd, spreiding, spreiding >= drempels.spreidingsGrens(), aantalTevreden == 0);
    }

    /**
     * The whole assessment of one region in one round.
     *
     * @param antwoorden per financier that answered: score per question code
     * @param opvolgingen the follow-ups recorded for this region in this round
     * @param vorigeStatus the region's status in the previous year's round, empty when it had none
     * @param opvolgingInVorigeRonde whether any follow-up was recorded for the previous round
     */
    public static RegioBeoordeling beoordeel(RondeStatus ronde, List<Vraag> vragen, Drempels drempels,
                                             Map<Financier, Map<String, Integer>> antwoorden,
                                             Collection<OpvolgingSoort> opvolgingen,
                                             Optional<RegioStatus> vorigeStatus, boolean opvolgingInVorigeRonde) {
        Set<Financier> beantwoord = antwoorden.isEmpty() ? EnumSet.noneOf(Financier.class) : EnumSet.copyOf(antwoorden.keySet());
        boolean compleet = beantwoord.containsAll(EnumSet.allOf(Financier.class));
        Map<String, Divergentie> divergenties = compleet ? divergentiePerVraag(vragen, drempels, antwoorden) : Map.of();
        RegioStatus status = status(ronde, compleet, divergenties.values());
        return new RegioBeoordeling(status, escalatie(status, opvolgingen),
                signaal(vorigeStatus, opvolgingInVorigeRonde, status),
                Verzegeling.voor(ronde, beantwoord).ontzegeld(), Collections.unmodifiableSet(beantwoord), divergenties);
    }

    /** Per question in the round's order; a question some financier left without a score is not assessed. */
    static Map<String, Divergentie> divergentiePerVraag(List<Vraag> vragen, Drempels drempels,
                                                       Map<Financier, Map<String, Integer>> antwoorden) {
        Map<String, Divergentie> result = new LinkedHashMap<>();
        for (Vraag vraag : vragen) {
            List<Integer> scores = antwoorden.values().stream().map(perVraag -> perVraag.get(vraag.code())).toList();
            if (scores.stream().allMatch(Objects::nonNull)) {
                result.put(vraag.code(), divergentie(vraag.schaal(), scores, drempels));
            }
        }
        return result;
    }

    /** onvolledig / niet-ingevuld while answers are missing; then verschil before ontevreden before in-orde. */
    public static RegioStatus status(RondeStatus ronde, boolean compleet, Collection<Divergentie> divergenties) {
        if (!compleet) {
            return ronde.afgesloten() ? RegioStatus.NIET_INGEVULD : RegioStatus.ONVOLLEDIG;
        }
        if (divergenties.stream().anyMatch(Divergentie::divergent)) {
            return RegioStatus.VERSCHIL;
        }
        if (divergenties.stream().anyMatch(Divergentie::allenOntevreden)) {
            return RegioStatus.ONTEVREDEN;
        }
        return RegioStatus.IN_ORDE;
    }

    /**
     * The highest step reached: a recorded hulpvraag, geagendeerd-vws or afgerond follow-up sets the level
     * (afgerond is the last step); without one the ball is with the region when its status asks for
     * attention, and there is no escalation otherwise.
     */
    public static Escalatie escalatie(RegioStatus status, Collection<OpvolgingSoort> opvolgingen) {
        Escalatie basis = status.vraagtAandacht() ? Escalatie.REGIO : Escalatie.GEEN;
        return opvolgingen.stream()
                .map(Escalatie::bereiktDoor)
                .flatMap(Optional::stream)
                .reduce(basis, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /**
     * A signal for VNG/ZN: verschil, ontevreden or niet-ingevuld in this round and in the previous year's
     * round, while no follow-up at all was recorded for the previous round.
     */
    public static boolean signaal(Optional<RegioStatus> vorigeStatus, boolean opvolgingInVorigeRonde, RegioStatus huidig) {
        return huidig.vraagtAandacht()
                && vorigeStatus.map(RegioStatus::vraagtAandacht).orElse(false)
                && !opvolgingInVorigeRonde;
    }
}
