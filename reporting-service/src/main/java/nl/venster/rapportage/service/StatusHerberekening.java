package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.rapportage.domain.AntwoordsetFeit;
import nl.venster.rapportage.domain.OpvolgingFeit;
import nl.venster.rapportage.domain.RegioBeoordeling;
import nl.venster.rapportage.domain.RegioFeit;
import nl.venster.rapportage.domain.RegioStatus;
import nl.venster.rapportage.domain.RegioStatusRij;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.domain.VensterRegels;
import nl.venster.rapportage.repository.AntwoordsetRepository;
import nl.venster.rapportage.repository.OpvolgingRepository;
import nl.venster.rapportage.repository.RegioRepository;
import nl.venster.rapportage.repository.RegioStatusRepository;
import nl.venster.rapportage.repository.RondeRepository;

/**
 * Recomputes the derived {@code regio_status} rows of a round from the stored facts only, so the result
 * does not depend on the order in which events arrived. A round's signal looks at the previous year's
 * statuses, so a change to year N also recomputes year N+1.
 */
@ApplicationScoped
public class StatusHerberekening {

    private final RondeRepository rondes;
    private final RegioRepository regios;
    private final AntwoordsetRepository antwoordsets;
    private final OpvolgingRepository opvolgingen;
    private final RegioStatusRepository statussen;
    private final RondeIndeling indeling;

    public StatusHerberekening(RondeRepository rondes, RegioRepository regios, AntwoordsetRepository antwoordsets,
                               OpvolgingRepository opvolgingen, RegioStatusRepository statussen, RondeIndeling indeling) {
        this.rondes = rondes;
        this.regios = regios;
        this.antwoordsets = antwoordsets;
        this.opvolgingen = opvolgingen;
        this.statussen = statussen;
        this.indeling = indeling;
    }

    /**
     * What the stored facts of one transaction changed, collected while the facts are stored and recomputed
     * once at the end ({@link #herbereken(Wijzigingen)}): a round or a region in a round that many events
     * touched is recomputed once.
     */
    public static final class Wijzigingen {
        private final Set<Integer> rondes = new HashSet<>();
        private final Map<Integer, Set<String>> regiosPerRonde = new HashMap<>();
        private final Set<String> regios = new HashSet<>();

        /** A round itself changed (or was removed): that concerns every region. */
        public void ronde(int jaar) {
            rondes.add(jaar);
        }

        /**
         * One region's facts in one round changed (an answer set, a follow-up). A region's assessment reads
         * only its own facts and its own previous status, so only its rows in this and the next year change.
         */
        public void regioInRonde(int jaar, String regio) {
            regiosPerRonde.computeIfAbsent(jaar, j -> new HashSet<>()).add(regio);
        }

        /** A region's snapshot (validity, name) changed or the region was removed. */
        public void regio(String code) {
            regios.add(code);
        }

        public boolean isLeeg() {
            return rondes.isEmpty() && regiosPerRonde.isEmpty() && regios.isEmpty();
        }
    }

    /**
     * Recomputes what the changes can affect, each round once and oldest first, so a round's signal reads the
     * previous round's rows after those were recomputed: a changed round, all its rows and those of the next
     * year; a region in a round, its rows in that and the next year; a changed region, its rows in the rounds
     * it belonged to and the rounds it belongs to now, each with the following year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herbereken(Wijzigingen wijzigingen) {
        SortedSet<Integer> heleRondes = new TreeSet<>();
        SortedMap<Integer, Set<String>> regiosPerRonde = new TreeMap<>();
        for (int jaar : wijzigingen.rondes) {
            heleRondes.add(jaar);
            heleRondes.add(jaar + 1);
        }
        wijzigingen.regiosPerRonde.forEach((jaar, regiosVanRonde) -> {
            regiosPerRonde.computeIfAbsent(jaar, j -> new HashSet<>()).addAll(regiosVanRonde);
            regiosPerRonde.computeIfAbsent(jaar + 1, j -> new HashSet<>()).addAll(regiosVanRonde);
        });
        for (String code : wijzigingen.regios) {
            for (int jaar : rondesVanRegio(code)) {
                regiosPerRonde.computeIfAbsent(jaar, j -> new HashSet<>()).add(code);
                regiosPerRonde.computeIfAbsent(jaar + 1, j -> new HashSet<>()).add(code);
            }
        }
        SortedSet<Integer> jaren = new TreeSet<>(heleRondes);
        jaren.addAll(regiosPerRonde.keySet());
        for (int jaar : jaren) {
            herbereken(jaar, heleRondes.contains(jaar) ? null : regiosPerRonde.get(jaar));
        }
    }

    /** The rounds a region has rows in and the rounds it belongs to now. */
    private Set<Integer> rondesVanRegio(String code) {
        Set<Integer> jaren = new HashSet<>(statussen.jarenVanRegio(code));
        RegioFeit regio = regios.findById(code);
        if (regio != null) {
            rondes.listAll().stream().filter(ronde -> ronde.omvat(regio)).forEach(ronde -> jaren.add(ronde.jaar));
        }
        return jaren;
    }

    /** One whole round; the rebuild calls this per year, oldest first, so a year reads its predecessor's rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herberekenJaar(int jaar) {
        herbereken(jaar, null);
    }

    /**
     * Replaces the rows of one round: of every region when {@code alleenRegios} is null, otherwise only of
     * those regions. A fixed number of statements however many regions.
     */
    private void herbereken(int jaar, Set<String> alleenRegios) {
        statussen.verwijderVanRonde(jaar, alleenRegios);
        RondeFeit ronde = rondes.findById(jaar);
        if (ronde == null) {
            return;
        }
        Map<String, Map<Financier, Map<String, Integer>>> antwoordenPerRegio = new HashMap<>();
        for (AntwoordsetFeit set : antwoordsets.vanRonde(jaar, alleenRegios)) {
            antwoordenPerRegio.computeIfAbsent(set.regio, r -> new EnumMap<>(Financier.class)).put(set.financier, set.scorePerVraag());
        }
        Map<String, List<OpvolgingSoort>> opvolgingPerRegio = opvolgingen.vanRonde(jaar, alleenRegios).stream()
                .collect(Collectors.groupingBy(o -> o.regio, Collectors.mapping(o -> o.soort, Collectors.toList())));
        Map<String, RegioStatus> vorigeStatus = statussen.vanRonde(jaar - 1, alleenRegios).stream()
                .collect(Collectors.toMap(rij -> rij.regio, rij -> rij.status));
        Set<String> vorigeMetOpvolging = opvolgingen.vanRonde(jaar - 1, alleenRegios).stream().map(o -> o.regio).collect(Collectors.toSet());

        List<RegioStatusRij> rijen = new ArrayList<>();
        // The round's own division: a region's later rename, split or end does not reach a round that has opened.
        for (RondeRegio regio : indeling.regios(ronde, alleenRegios)) {
            rijen.add(statusRij(ronde, regio, VensterRegels.beoordeel(ronde.status, ronde.vragen, ronde.drempels(),
                    antwoordenPerRegio.getOrDefault(regio.code(), Map.of()),
                    opvolgingPerRegio.getOrDefault(regio.code(), List.of()),
                    Optional.ofNullable(vorigeStatus.get(regio.code())), vorigeMetOpvolging.contains(regio.code()))));
        }
        // Written at once, so the next year's recomputation reads them with its query.
        statussen.voegToe(rijen);
    }

    private static RegioStatusRij statusRij(RondeFeit ronde, RondeRegio regio, RegioBeoordeling beoordeling) {
        RegioStatusRij rij = new RegioStatusRij();
        rij.jaar = ronde.jaar;
        rij.regio = regio.code();
        rij.naam = regio.naam();
        rij.zorgkantoorregio = regio.zorgkantoorregio();
        rij.status = beoordeling.status();
        rij.escalatie = beoordeling.escalatie();
        rij.signaal = beoordeling.signaal();
        rij.scoresZichtbaar = beoordeling.scoresZichtbaar();
        rij.beantwoord = List.copyOf(beoordeling.beantwoord());
        rij.divergenteVragen = beoordeling.divergenteVragen();
        return rij;
    }

    /** The full assessment of one region, for the detail report (same rules, same facts). */
    public RegioBeoordeling beoordeel(RondeFeit ronde, String regio, List<AntwoordsetFeit> sets, List<OpvolgingFeit> opvolgingenVanRegio) {
        Map<Financier, Map<String, Integer>> antwoorden = new EnumMap<>(Financier.class);
        sets.forEach(set -> antwoorden.put(set.financier, set.scorePerVraag()));
        Optional<RegioStatus> vorige = statussen.zoek(ronde.jaar - 1, regio).map(rij -> rij.status);
        boolean vorigeOpvolging = !opvolgingen.vanRegio(ronde.jaar - 1, regio).isEmpty();
        return VensterRegels.beoordeel(ronde.status, ronde.vragen, ronde.drempels(), antwoorden,
                opvolgingenVanRegio.stream().map(o -> o.soort).toList(), vorige, vorigeOpvolging);
    }
}
