package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.vocabulary.AgendaGeldigheid;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.AgendaFeit;
import nl.venster.rapportage.domain.AntwoordsetFeit;
import nl.venster.rapportage.domain.Divergentie;
import nl.venster.rapportage.domain.Escalatie;
import nl.venster.rapportage.domain.OpvolgingFeit;
import nl.venster.rapportage.domain.RegioBeoordeling;
import nl.venster.rapportage.domain.RegioFeit;
import nl.venster.rapportage.domain.RegioStatus;
import nl.venster.rapportage.domain.RegioStatusRij;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.VensterRegels;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.repository.AgendaRepository;
import nl.venster.rapportage.repository.AntwoordsetRepository;
import nl.venster.rapportage.repository.OpvolgingRepository;
import nl.venster.rapportage.repository.RegioRepository;
import nl.venster.rapportage.repository.RegioStatusRepository;
import nl.venster.rapportage.repository.RondeRepository;
import nl.venster.rapportage.service.Rapport.AgendaDekking;
import nl.venster.rapportage.service.Rapport.AgendaInJaar;
import nl.venster.rapportage.service.Rapport.AgendaInRonde;
import nl.venster.rapportage.service.Rapport.AgendaThema;
import nl.venster.rapportage.service.Rapport.Antwoord;
import nl.venster.rapportage.service.Rapport.Historie;
import nl.venster.rapportage.service.Rapport.HistorieRonde;
import nl.venster.rapportage.service.Rapport.Inzending;
import nl.venster.rapportage.service.Rapport.Opvolging;
import nl.venster.rapportage.service.Rapport.Overzicht;
import nl.venster.rapportage.service.Rapport.RegioDetail;
import nl.venster.rapportage.service.Rapport.RegioRij;
import nl.venster.rapportage.service.Rapport.RegioZonderAgenda;
import nl.venster.rapportage.service.Rapport.Respons;
import nl.venster.rapportage.service.Rapport.ScoreStatistiek;
import nl.venster.rapportage.service.Rapport.Signaal;
import nl.venster.rapportage.service.Rapport.VerschilPerVraag;
import nl.venster.rapportage.service.Rapport.VraagDetail;
import nl.venster.rapportage.service.Rapport.VraagScores;

/** Builds the reports from the read model; scores only for regions whose scores are unsealed. */
@ApplicationScoped
@Transactional
public class Rapportages {

    /** Filters and order of the region list; each filter is optional. */
    public record RegioFilter(RegioStatus status, Escalatie escalatie, String zorgkantoorregio, Financier nietBeantwoordDoor) {
    }

    public enum Sortering {
        REGIO("regio", Comparator.comparing(r -> r.regio())),
        NAAM("naam", Comparator.comparing(RegioRij::naam)),
        STATUS("status", Comparator.comparing(RegioRij::status)),
        ESCALATIE("escalatie", Comparator.comparing(RegioRij::escalatie)),
        ZORGKANTOORREGIO("zorgkantoorregio", Comparator.comparing(RegioRij::zorgkantoorregio));

        private final String veld;
        private final Comparator<RegioRij> volgorde;

        Sortering(String veld, Comparator<RegioRij> volgorde) {
            this.veld = veld;
            this.volgorde = volgorde;
        }

        public String veld() {
            return veld;
        }

        /** {@code veld} ascending or {@code -veld} descending; ties ordered by region code so pages are stable. */
        public static Comparator<RegioRij> van(String sort) {
            boolean aflopend = sort.startsWith("-");
            String veld = aflopend ? sort.substring(1) : sort;
            Sortering sortering = Arrays.stream(values()).filter(s -> s.veld.equals(veld)).findFirst()
                    .orElseThrow(() -> Weigering.ongeldig("sort", "kies uit " + toegestaan()));
            Comparator<RegioRij> volgorde = aflopend ? sortering.volgorde.reversed() : sortering.volgorde;
            return volgorde.thenComparing(RegioRij::regio);
        }

        public static String toegestaan() {
            return Arrays.stream(values()).map(s -> s.veld + ", -" + s.veld).collect(Collectors.joining(", "));
        }
    }

    private final RondeRepository rondes;
    private final RegioRepository regios;
    private final AntwoordsetRepository antwoordsets;
    private final OpvolgingRepository opvolgingen;
    private final RegioStatusRepository statussen;
    private final StatusHerberekening herberekening;
    private final AgendaRepository agendas;

    public Rapportages(RondeRepository rondes, RegioRepository regios, AntwoordsetRepository antwoordsets,
                       OpvolgingRepository opvolgingen, RegioStatusRepository statussen, StatusHerberekening herberekening,
                       AgendaRepository agendas) {
        this.rondes = rondes;
        this.regios = regios;
        this.antwoordsets = antwoordsets;
        this.opvolgingen = opvolgingen;
        this.statussen = statussen;
        this.herberekening = herberekening;
        this.agendas = agendas;
    }

    public RondeFeit ronde(int jaar) {
        RondeFeit ronde = rondes.findById(jaar);
        if (ronde == null) {
            throw Weigering.nietGevonden("Er is geen ronde " + jaar + ".");
        }
        return ronde;
    }

    public Overzicht overzicht(int jaar) {
        RondeFeit ronde = ronde(jaar);
        List<RegioStatusRij> rijen = statussen.vanRonde(jaar);
        Map<String, Long> perStatus = new LinkedHashMap<>();
        Arrays.stream(RegioStatus.values()).forEach(s -> perStatus.put(s.code(), rijen.stream().filter(r -> r.status == s).count()));
        Map<String, Long> perEscalatie = new LinkedHashMap<>();
        Arrays.stream(Escalatie.values()).forEach(e -> perEscalatie.put(e.code(), rijen.stream().filter(r -> r.escalatie == e).count()));
        List<Respons> respons = Arrays.stream(Financier.values())
                .map(f -> new Respons(f, rijen.stream().filter(r -> r.beantwoord.contains(f)).count(), rijen.size()))
                .toList();

        Map<String, Map<Financier, Map<String, Integer>>> zichtbareScores = zichtbareScores(jaar, rijen);
        List<ScoreStatistiek> scores = new ArrayList<>();
        for (Vraag vraag : ronde.vragen) {
            for (Financier financier : Financier.values()) {
                IntSummaryStatistics statistiek = zichtbareScores.values().stream()
                        .map(perFinancier -> perFinancier.getOrDefault(financier, Map.of()).get(vraag.code()))
                        .filter(Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
                boolean leeg = statistiek.getCount() == 0;
                scores.add(new ScoreStatistiek(vraag.code(), financier, statistiek.getCount(),
                        leeg ? null : BigDecimal.valueOf(statistiek.getAverage()).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                        leeg ? null : statistiek.getMin(), leeg ? null : statistiek.getMax()));
            }
        }
        List<VerschilPerVraag> verschillen = ronde.vragen.stream()
                .map(v -> new VerschilPerVraag(v.code(), rijen.stream().filter(r -> r.divergenteVragen.contains(v.code())).count()))
                .toList();
        Map<String, RegioStatus> vorige = statussen.vanRonde(jaar - 1).stream().collect(Collectors.toMap(r -> r.regio, r -> r.status));
        List<Signaal> signalen = rijen.stream().filter(r -> r.signaal)
                .map(r -> new Signaal(r.regio, r.naam, r.status, vorige.get(r.regio))).toList();
        return new Overzicht(jaar, ronde.status, rijen.size(), perStatus, perEscalatie, respons, scores, verschillen, signalen,
                agendaDekking(ronde, rijen));
    }

    /** Every row matching the filter, sorted; the caller pages. */
    public List<RegioRij> regios(int jaar, RegioFilter filter, Comparator<RegioRij> volgorde) {
        RondeFeit ronde = ronde(jaar);
        List<RegioStatusRij> rijen = statussen.vanRonde(jaar);
        Map<String, Map<Financier, Map<String, Integer>>> scores = zichtbareScores(jaar, rijen);
        Predicate<RegioStatusRij> past = r -> (filter.status() == null || r.status == filter.status())
                && (filter.escalatie() == null || r.escalatie == filter.escalatie())
                && (filter.zorgkantoorregio() == null || r.zorgkantoorregio.equals(filter.zorgkantoorregio()))
                && (filter.nietBeantwoordDoor() == null || !r.beantwoord.contains(filter.nietBeantwoordDoor()));
        return rijen.stream().filter(past)
                .map(r -> regioRij(r, ronde.vragen, scores.get(r.regio)))
                .sorted(volgorde)
                .toList();
    }

    public RegioDetail regio(int jaar, String regio) {
        RondeFeit ronde = ronde(jaar);
        RegioStatusRij rij = statussen.zoek(jaar, regio)
                .orElseThrow(() -> Weigering.nietGevonden("Regio " + regio + " hoort niet bij ronde " + jaar + "."));
        List<AntwoordsetFeit> sets = antwoordsets.vanRegio(jaar, regio);
        List<OpvolgingFeit> opvolgingenVanRegio = opvolgingen.vanRegio(jaar, regio);
        RegioBeoordeling beoordeling = herberekening.beoordeel(ronde, regio, sets, opvolgingenVanRegio);
        List<VraagDetail> vragen = new ArrayList<>();
        for (Vraag vraag : ronde.vragen) {
            List<Antwoord> antwoorden = new ArrayList<>();
            if (rij.scoresZichtbaar) {
                for (AntwoordsetFeit set : sets) {
                    set.antwoorden.stream().filter(a -> a.vraag().equals(vraag.code())).findFirst()
                            .ifPresent(a -> antwoorden.add(new Antwoord(set.financier, a.score(),
                                    VensterRegels.tevreden(vraag.schaal(), a.score(), ronde.drempels()), a.toelichting())));
                }
            }
            Divergentie divergentie = beoordeling.divergentiePerVraag().get(vraag.code());
            vragen.add(new VraagDetail(vraag.code(), vraag.tekst(), vraag.schaal(), antwoorden,
                    divergentie == null ? null : divergentie.divergent(),
                    divergentie == null ? List.of() : divergentie.redenen(),
                    divergentie == null || !rij.scoresZichtbaar ? null : divergentie.spreiding()));
        }
        return new RegioDetail(jaar, regio, rij.naam, rij.zorgkantoorregio, ronde.status, rij.status, rij.escalatie,
                rij.signaal, rij.scoresZichtbaar,
                sets.stream().map(s -> new Inzending(s.financier, s.versie, s.ingediendOp)).toList(), vragen,
                opvolgingenVanRegio.stream().map(o -> new Opvolging(o.volgnummer, o.soort, o.toelichting, o.vastgelegdOp, o.afspraak)).toList(),
                agendas.vanRegio(regio).stream().filter(a -> a.vanKrachtOp(ronde.openingsdag())).findFirst()
                        .map(Rapportages::agendaInRonde).orElse(null));
    }

    public Historie historie(String regio) {
        List<RegioStatusRij> rijen = statussen.vanRegio(regio);
        RegioFeit feit = regios.findById(regio);
        if (rijen.isEmpty() && feit == null) {
            throw Weigering.nietGevonden("Er is geen regio " + regio + ".");
        }
        Map<Integer, Map<Financier, Map<String, Integer>>> scoresPerJaar = new HashMap<>();
        for (AntwoordsetFeit set : antwoordsets.vanRegioAlleRondes(regio)) {
            scoresPerJaar.computeIfAbsent(set.jaar, j -> new EnumMap<>(Financier.class)).put(set.financier, set.scorePerVraag());
        }
        List<AgendaFeit> agendasVanRegio = agendas.vanRegio(regio);
        List<HistorieRonde> rondesVanRegio = new ArrayList<>();
        for (RegioStatusRij rij : rijen) {
            RondeFeit ronde = rondes.findById(rij.jaar);
            List<VraagScores> scores = rij.scoresZichtbaar ? vraagScores(ronde.vragen, scoresPerJaar.get(rij.jaar)) : List.of();
            rondesVanRegio.add(new HistorieRonde(rij.jaar, rij.status, rij.escalatie, rij.signaal, rij.scoresZichtbaar, scores,
                    agendaInJaar(agendasVanRegio, ronde.openingsdag())));
        }
        String naam = feit != null ? feit.naam : rijen.get(rijen.size() - 1).naam;
        return new Historie(regio, naam, rondesVanRegio);
    }

    /** Regions of the round with and without an adopted agenda in force on its opening day (two queries). */
    private AgendaDekking agendaDekking(RondeFeit ronde, List<RegioStatusRij> rijen) {
        LocalDate datum = ronde.openingsdag();
        Set<String> met = agendas.vastgesteld().stream().filter(a -> a.vanKrachtOp(datum)).map(a -> a.regio).collect(Collectors.toSet());
        Set<String> inVoorbereiding = agendas.list("status", AgendaGeldigheid.CONCEPT).stream()
                .filter(a -> a.inVoorbereidingOp(datum)).map(a -> a.regio).collect(Collectors.toSet());
        List<RegioZonderAgenda> zonder = rijen.stream().filter(r -> !met.contains(r.regio))
                .sorted(Comparator.comparing((RegioStatusRij r) -> r.regio))
                .map(r -> new RegioZonderAgenda(r.regio, r.naam, inVoorbereiding.contains(r.regio))).toList();
        return new AgendaDekking(rijen.size() - zonder.size(), zonder.size(), zonder);
    }

    private static AgendaInRonde agendaInRonde(AgendaFeit a) {
        return new AgendaInRonde(a.id, a.titel, a.status, a.looptijdVanaf, a.looptijdTot, a.vastgesteldOp, a.vastgesteldDoor,
                a.afgelopenOp, a.themas.stream().map(t -> new AgendaThema(t.thema(), t.afsprakenPerStatus(), t.doelen())).toList());
    }

    /** The agenda status of a region on a round's opening day: vastgesteld, concept or geen. */
    private static AgendaInJaar agendaInJaar(List<AgendaFeit> agendasVanRegio, LocalDate datum) {
        return agendasVanRegio.stream().filter(a -> a.vanKrachtOp(datum)).findFirst()
                .map(a -> new AgendaInJaar(AgendaGeldigheid.VASTGESTELD, a.id, a.titel))
                .or(() -> agendasVanRegio.stream().filter(a -> a.inVoorbereidingOp(datum)).findFirst()
                        .map(a -> new AgendaInJaar(AgendaGeldigheid.CONCEPT, a.id, a.titel)))
                .orElse(new AgendaInJaar("geen", null, null));
    }

    /** Scores per region, only for regions whose scores are unsealed. */
    private Map<String, Map<Financier, Map<String, Integer>>> zichtbareScores(int jaar, List<RegioStatusRij> rijen) {
        List<String> zichtbaar = rijen.stream().filter(r -> r.scoresZichtbaar).map(r -> r.regio).toList();
        Map<String, Map<Financier, Map<String, Integer>>> scores = new HashMap<>();
        for (AntwoordsetFeit set : antwoordsets.vanRonde(jaar)) {
            if (zichtbaar.contains(set.regio)) {
                scores.computeIfAbsent(set.regio, r -> new EnumMap<>(Financier.class)).put(set.financier, set.scorePerVraag());
            }
        }
        return scores;
    }

    private static RegioRij regioRij(RegioStatusRij rij, List<Vraag> vragen, Map<Financier, Map<String, Integer>> scores) {
        List<Financier> niet = Arrays.stream(Financier.values()).filter(f -> !rij.beantwoord.contains(f)).toList();
        List<Financier> wel = Arrays.stream(Financier.values()).filter(rij.beantwoord::contains).toList();
        return new RegioRij(rij.regio, rij.naam, rij.zorgkantoorregio, rij.status, rij.escalatie, rij.signaal, wel, niet,
                rij.scoresZichtbaar, rij.divergenteVragen, rij.scoresZichtbaar ? vraagScores(vragen, scores) : List.of());
    }

    private static List<VraagScores> vraagScores(List<Vraag> vragen, Map<Financier, Map<String, Integer>> scores) {
        Map<Financier, Map<String, Integer>> perFinancier = scores == null ? Map.of() : scores;
        return vragen.stream().map(v -> new VraagScores(v.code(),
                perFinancier.getOrDefault(Financier.GEMEENTEN, Map.of()).get(v.code()),
                perFinancier.getOrDefault(Financier.ZORGVERZEKERAAR, Map.of()).get(v.code()),
                perFinancier.getOrDefault(Financier.ZORGKANTOOR, Map.of()).get(v.code()))).toList();
    }
}
