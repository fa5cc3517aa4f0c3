package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
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

    public StatusHerberekening(RondeRepository rondes, RegioRepository regios, AntwoordsetRepository antwoordsets,
                               OpvolgingRepository opvolgingen, RegioStatusRepository statussen) {
        this.rondes = rondes;
        this.regios = regios;
        this.antwoordsets = antwoordsets;
        this.opvolgingen = opvolgingen;
        this.statussen = statussen;
    }

    /** After a change to the facts of one round that concerns every region (the round itself). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void naWijzigingVanRonde(int jaar) {
        herberekenJaar(jaar);
        herberekenJaar(jaar + 1);
    }

    /**
     * After a change to one region's facts in one round (an answer set, a follow-up). A region's assessment
     * reads only its own facts and its own previous status, so only its rows in this and the next year change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void naWijzigingVanRegioInRonde(int jaar, String regio) {
        herberekenRegio(jaar, regio);
        herberekenRegio(jaar + 1, regio);
    }

    /**
     * After a change of a region's snapshot (validity, name) or its removal: the rounds it belonged to and
     * the rounds it belongs to now, each with the following year, oldest first; only this region's rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void naWijzigingVanRegio(String code) {
        SortedSet<Integer> jaren = new TreeSet<>(statussen.jarenVanRegio(code));
        RegioFeit regio = regios.findById(code);
        if (regio != null) {
            rondes.listAll().stream().filter(ronde -> regio.geldigOp(ronde.openingsdag())).forEach(ronde -> jaren.add(ronde.jaar));
        }
        SortedSet<Integer> metVolgendJaar = new TreeSet<>(jaren);
        jaren.forEach(jaar -> metVolgendJaar.add(jaar + 1));
        metVolgendJaar.forEach(jaar -> herberekenRegio(jaar, code));
    }

    /** One whole round; the rebuild calls this per year, oldest first, so a year reads its predecessor's rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herberekenJaar(int jaar) {
        statussen.verwijderVanRonde(jaar);
        RondeFeit ronde = rondes.findById(jaar);
        if (ronde == null) {
            return;
        }
        Map<String, Map<Financier, Map<String, Integer>>> antwoordenPerRegio = new HashMap<>();
        for (AntwoordsetFeit set : antwoordsets.vanRonde(jaar)) {
            antwoordenPerRegio.computeIfAbsent(set.regio, r -> new EnumMap<>(Financier.class)).put(set.financier, set.scorePerVraag());
        }
        Map<String, List<OpvolgingSoort>> opvolgingPerRegio = opvolgingen.vanRonde(jaar).stream()
                .collect(Collectors.groupingBy(o -> o.regio, Collectors.mapping(o -> o.soort, Collectors.toList())));
        Map<String, RegioStatus> vorigeStatus = statussen.vanRonde(jaar - 1).stream()
                .collect(Collectors.toMap(rij -> rij.regio, rij -> rij.status));
        Set<String> vorigeMetOpvolging = opvolgingen.vanRonde(jaar - 1).stream().map(o -> o.regio).collect(Collectors.toSet());

        List<RegioStatusRij> rijen = new ArrayList<>();
        for (RegioFeit regio : regios.geldigOp(ronde.openingsdag())) {
            rijen.add(statusRij(ronde, regio, VensterRegels.beoordeel(ronde.status, ronde.vragen, ronde.drempels(),
                    antwoordenPerRegio.getOrDefault(regio.code, Map.of()),
                    opvolgingPerRegio.getOrDefault(regio.code, List.of()),
                    Optional.ofNullable(vorigeStatus.get(regio.code)), vorigeMetOpvolging.contains(regio.code))));
        }
        // Written at once, so the next year's recomputation reads them with its query.
        statussen.voegToe(rijen);
    }

    /** The same as {@link #herberekenJaar} restricted to one region. */
    private void herberekenRegio(int jaar, String code) {
        statussen.verwijder(jaar, code);
        RondeFeit ronde = rondes.findById(jaar);
        RegioFeit regio = regios.findById(code);
        if (ronde == null || regio == null || !regio.geldigOp(ronde.openingsdag())) {
            return;
        }
        statussen.persist(statusRij(ronde, regio, beoordeel(ronde, code, antwoordsets.vanRegio(jaar, code),
                opvolgingen.vanRegio(jaar, code))));
        // The next year's recomputation of this region reads this row with a query.
        statussen.flush();
    }

    private static RegioStatusRij statusRij(RondeFeit ronde, RegioFeit regio, RegioBeoordeling beoordeling) {
        RegioStatusRij rij = new RegioStatusRij();
        rij.jaar = ronde.jaar;
        rij.regio = regio.code;
        rij.naam = regio.naam;
        rij.zorgkantoorregio = regio.zorgkantoorregio;
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
