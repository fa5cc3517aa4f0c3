package nl.venster.rapportage.openbaar;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.rapportage.domain.Lidmaatschap;
import nl.venster.rapportage.domain.RegioFeit;
import nl.venster.rapportage.domain.RegioStatus;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.openbaar.Paginas.Grafiek;
import nl.venster.rapportage.openbaar.Paginas.HistorieRegel;
import nl.venster.rapportage.openbaar.Paginas.KaartModel;
import nl.venster.rapportage.openbaar.Paginas.KaartRegio;
import nl.venster.rapportage.openbaar.Paginas.Legenda;
import nl.venster.rapportage.openbaar.Paginas.Link;
import nl.venster.rapportage.openbaar.Paginas.OpvolgingRegel;
import nl.venster.rapportage.openbaar.Paginas.RegioPagina;
import nl.venster.rapportage.openbaar.Paginas.RegioRegel;
import nl.venster.rapportage.openbaar.Paginas.ResponsRegel;
import nl.venster.rapportage.openbaar.Paginas.RondePagina;
import nl.venster.rapportage.openbaar.Paginas.ScoreRegel;
import nl.venster.rapportage.openbaar.Paginas.SignaalRegel;
import nl.venster.rapportage.openbaar.Paginas.TrendRegel;
import nl.venster.rapportage.openbaar.Paginas.VerschilRegel;
import nl.venster.rapportage.openbaar.Paginas.VraagRegel;
import nl.venster.rapportage.repository.RegioRepository;
import nl.venster.rapportage.repository.RondeRepository;
import nl.venster.rapportage.service.Rapport.Historie;
import nl.venster.rapportage.service.Rapport.HistorieRonde;
import nl.venster.rapportage.service.Rapport.Overzicht;
import nl.venster.rapportage.service.Rapport.RegioDetail;
import nl.venster.rapportage.service.Rapport.RegioRij;
import nl.venster.rapportage.service.Rapport.ScoreStatistiek;
import nl.venster.rapportage.service.Rapport.VraagDetail;
import nl.venster.rapportage.service.Rapport.VraagScores;
import nl.venster.rapportage.service.Rapportages;
import nl.venster.rapportage.service.RondeIndeling;

/**
 * What the public pages show (DESIGN.md §9), computed from the reports of the read model ({@link Rapportages}, the
 * same figures as the JSON API) and only for published rounds: a round that is not (or no longer) gepubliceerd does
 * not exist here. Free text (toelichtingen of answers and follow-ups) stays off the public pages: it is written for
 * the region's parties and may name people.
 */
@ApplicationScoped
@Transactional
public class OpenbaarVenster {

    /** The order of the statuses in legends, tables and the trend; onvolledig cannot occur in a closed round. */
    static final List<RegioStatus> STATUSSEN = List.of(RegioStatus.IN_ORDE, RegioStatus.ONTEVREDEN, RegioStatus.VERSCHIL,
            RegioStatus.NIET_INGEVULD);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** Asked for something that is not public: an unknown or unpublished round, or a region not in it. */
    public static final class NietGevonden extends RuntimeException {
        NietGevonden(String melding) {
            super(melding, null, false, false);
        }
    }

    private final Rapportages rapportages;
    private final RondeRepository rondes;
    private final RegioRepository regios;
    private final RondeIndeling indeling;
    private final Kaart kaart;

    public OpenbaarVenster(Rapportages rapportages, RondeRepository rondes, RegioRepository regios, RondeIndeling indeling) {
        this.rapportages = rapportages;
        this.rondes = rondes;
        this.regios = regios;
        this.indeling = indeling;
        this.kaart = Kaart.gemeenten2025();
    }

    /** The published rounds, newest first. */
    public List<Integer> gepubliceerdeJaren() {
        return rondes.find("status", RondeStatus.GEPUBLICEERD).stream().map(r -> r.jaar)
                .sorted(Comparator.reverseOrder()).toList();
    }

    public Optional<Integer> laatste() {
        return gepubliceerdeJaren().stream().findFirst();
    }

    List<Link> rondeLinks(Integer huidig) {
        return gepubliceerdeJaren().stream()
                .map(j -> new Link(Paden.ronde(j), "Ronde " + j, Objects.equals(j, huidig))).toList();
    }

    RondeFeit gepubliceerd(int jaar) {
        RondeFeit ronde = rondes.findById(jaar);
        if (ronde == null || ronde.status != RondeStatus.GEPUBLICEERD) {
            throw new NietGevonden("Er is geen gepubliceerde ronde " + jaar + ".");
        }
        return ronde;
    }

    /** The national page of a published round. */
    public RondePagina rondePagina(int jaar) {
        RondeFeit ronde = gepubliceerd(jaar);
        Overzicht overzicht = rapportages.overzicht(jaar);
        List<RegioRij> rijen = rapportages.regios(jaar, new Rapportages.RegioFilter(null, null, null, null),
                Comparator.comparing(RegioRij::naam).thenComparing(RegioRij::regio));
        List<String> financiers = Arrays.stream(Financier.values()).map(Weergave::label).toList();

        List<Legenda> legenda = STATUSSEN.stream().map(s -> new Legenda(s.code(), Weergave.label(s), Weergave.uitleg(s),
                Weergave.kleur(s), overzicht.perStatus().getOrDefault(s.code(), 0L))).toList();
        List<RegioRegel> regioRegels = rijen.stream().map(r -> new RegioRegel(r.regio(), r.naam(), r.zorgkantoorregio(),
                r.status().code(), Weergave.label(r.status()), Weergave.label(r.escalatie()), r.signaal(),
                Paden.regio(jaar, r.regio()))).toList();

        List<ResponsRegel> respons = overzicht.respons().stream().map(r -> new ResponsRegel(Weergave.label(r.financier()),
                r.beantwoord(), r.van(), r.van() == 0 ? "–" : Math.round(100.0 * r.beantwoord() / r.van()) + "%")).toList();

        List<String> vraagNamen = ronde.vragen.stream().map(OpenbaarVenster::vraagNaam).toList();
        Double[][] gemiddelden = new Double[ronde.vragen.size()][Financier.values().length];
        double[] maxima = new double[ronde.vragen.size()];
        List<ScoreRegel> scores = new ArrayList<>();
        for (int v = 0; v < ronde.vragen.size(); v++) {
            Vraag vraag = ronde.vragen.get(v);
            maxima[v] = vraag.schaal() == Schaal.JA_NEE ? 1 : 10;
            List<String> cellen = new ArrayList<>();
            List<Long> aantallen = new ArrayList<>();
            for (Financier financier : Financier.values()) {
                ScoreStatistiek statistiek = overzicht.scores().stream()
                        .filter(s -> s.vraag().equals(vraag.code()) && s.financier() == financier).findFirst().orElse(null);
                Double gemiddelde = statistiek == null ? null : statistiek.gemiddelde();
                gemiddelden[v][financier.ordinal()] = gemiddelde;
                cellen.add(Weergave.cijfer(gemiddelde));
                aantallen.add(statistiek == null ? 0 : statistiek.aantal());
            }
            scores.add(new ScoreRegel(vraagNaam(vraag) + schaalUitleg(vraag), cellen, aantallen));
        }
        Grafiek scoreGrafiek = Grafieken.groepen("grafiek-scores", "Gemiddelde score per vraag en financier, ronde " + jaar,
                ronde.vragen.stream().map(v -> vraagNaam(v) + (v.schaal() == Schaal.JA_NEE ? " (aandeel ja)" : "")).toList(),
                financiers, Arrays.stream(Financier.values()).map(Weergave::kleur).toList(), gemiddelden, maxima);

        List<VerschilRegel> verschillen = new ArrayList<>();
        for (int v = 0; v < ronde.vragen.size(); v++) {
            String code = ronde.vragen.get(v).code();
            long aantal = overzicht.verschillenPerVraag().stream().filter(x -> x.vraag().equals(code))
                    .mapToLong(x -> x.aantalRegios()).sum();
            verschillen.add(new VerschilRegel(vraagNamen.get(v), aantal, overzicht.aantalRegios()));
        }
        Grafiek verschilGrafiek = Grafieken.aantallen("grafiek-verschillen", "Regio's met verschil per vraag, ronde " + jaar,
                vraagNamen, verschillen.stream().map(VerschilRegel::aantal).toList(), overzicht.aantalRegios(),
                Weergave.kleur(RegioStatus.VERSCHIL));

        List<SignaalRegel> signalen = overzicht.signalen().stream()
                .map(s -> new SignaalRegel(s.naam(), Paden.regio(jaar, s.regio()), Weergave.label(s.status()),
                        s.vorigeStatus() == null ? "–" : Weergave.label(s.vorigeStatus())))
                .toList();

        List<Integer> jaren = new ArrayList<>(gepubliceerdeJaren());
        jaren.sort(Comparator.naturalOrder());
        List<TrendRegel> trend = new ArrayList<>();
        long[][] delen = new long[jaren.size()][STATUSSEN.size()];
        for (int i = 0; i < jaren.size(); i++) {
            int j = jaren.get(i);
            Overzicht o = j == jaar ? overzicht : rapportages.overzicht(j);
            List<Long> perStatus = new ArrayList<>();
            for (int s = 0; s < STATUSSEN.size(); s++) {
                delen[i][s] = o.perStatus().getOrDefault(STATUSSEN.get(s).code(), 0L);
                perStatus.add(delen[i][s]);
            }
            List<String> responsPerFinancier = o.respons().stream()
                    .map(r -> r.van() == 0 ? "–" : Math.round(100.0 * r.beantwoord() / r.van()) + "%").toList();
            trend.add(new TrendRegel(j, Paden.ronde(j), o.aantalRegios(), perStatus, responsPerFinancier));
        }
        Grafiek trendGrafiek = Grafieken.gestapeld("grafiek-trend", "Regio's per status in de gepubliceerde rondes",
                jaren.stream().map(String::valueOf).toList(), delen, STATUSSEN.stream().map(Weergave::kleur).toList());

        return new RondePagina(jaar, "Venster op de samenwerking " + jaar, rondeLinks(jaar), overzicht.aantalRegios(), legenda,
                kaart(ronde, rijen), regioRegels, respons, financiers, scoreGrafiek, scores, verschilGrafiek, verschillen,
                signalen, trendGrafiek, trend, STATUSSEN.stream().map(Weergave::label).toList(),
                Paden.csv(jaar), Paden.json(jaar));
    }

    /**
     * The round's regions with their gemeenten on the opening day, drawn from the shipped boundaries. The gemeenten
     * come from the round's fixed division ({@link RondeIndeling}), so a later herindeling or move does not redraw a
     * published round; the current memberships only fill in a round fixed without gemeenten and find the
     * predecessors of a gemeente the shipped boundaries do not know.
     */
    private KaartModel kaart(RondeFeit ronde, List<RegioRij> rijen) {
        Map<String, RegioFeit> feiten = new HashMap<>();
        List<Lidmaatschap> alleLeden = new ArrayList<>();
        for (RegioFeit feit : regios.listAll()) {
            feiten.put(feit.code, feit);
            alleLeden.addAll(feit.leden);
        }
        Map<String, RondeRegio> vastgelegd = indeling.regios(ronde, null).stream()
                .collect(Collectors.toMap(RondeRegio::code, r -> r, (a, b) -> a));
        List<Kaart.Regio> teTekenen = new ArrayList<>();
        for (RegioRij rij : rijen) {
            RondeRegio inRonde = vastgelegd.get(rij.regio());
            RegioFeit feit = feiten.get(rij.regio());
            Set<String> gemeenten = new TreeSet<>();
            if (inRonde != null && !inRonde.gemeenten().isEmpty()) {
                inRonde.gemeenten().forEach(g -> gemeenten.add(g.code()));
            } else if (feit != null) {
                feit.leden.stream().filter(l -> l.vanaf() != null && l.geldigOp(ronde.openingsdag()))
                        .forEach(l -> gemeenten.add(l.gemeentecode()));
            }
            teTekenen.add(new Kaart.Regio(rij.regio(), rij.naam(), rij.status().code(), gemeenten));
        }
        Kaart.Tekening tekening = kaart.teken(teTekenen, alleLeden, ronde.openingsdag());
        Map<String, RegioRij> perCode = rijen.stream().collect(Collectors.toMap(RegioRij::regio, r -> r));
        List<KaartRegio> vormen = tekening.regios().stream().filter(Kaart.RegioVorm::getekend).map(v -> {
            RegioRij rij = perCode.get(v.code());
            return new KaartRegio(v.code(), v.naam(), v.status(), Weergave.label(rij.status()), Weergave.kleur(rij.status()),
                    Paden.regio(ronde.jaar, v.code()), v.pad());
        }).toList();
        List<String> nietGetekend = tekening.regios().stream().filter(v -> !v.getekend()).map(Kaart.RegioVorm::naam).toList();
        return new KaartModel(tekening.viewBox(), vormen, tekening.overig(), tekening.grenzen(), Kaart.BRON, nietGetekend);
    }

    /** The page of one region in a published round. */
    public RegioPagina regioPagina(int jaar, String regio) {
        RondeFeit ronde = gepubliceerd(jaar);
        RegioDetail detail;
        try {
            detail = rapportages.regio(jaar, regio);
        } catch (RuntimeException e) {
            throw new NietGevonden("Regio " + regio + " hoort niet bij de ronde " + jaar + ".");
        }
        List<VraagRegel> vragen = new ArrayList<>();
        for (VraagDetail vraag : detail.vragen()) {
            Map<Financier, String> scores = new EnumMap<>(Financier.class);
            vraag.antwoorden().forEach(a -> scores.put(a.financier(), score(vraag.schaal(), a.score())
                    + (a.tevreden() ? " (tevreden)" : " (niet tevreden)")));
            String verschil = vraag.divergent() == null ? "–"
                    : vraag.divergent() ? "Ja: " + vraag.redenen().stream().map(Weergave::label).collect(Collectors.joining("; "))
                    : "Nee";
            Vraag rondeVraag = ronde.vragen.stream().filter(v -> v.code().equals(vraag.vraag())).findFirst().orElse(null);
            vragen.add(new VraagRegel(rondeVraag == null ? Weergave.hoofdletter(vraag.vraag()) : vraagNaam(rondeVraag) + ": " + vraag.tekst(),
                    Arrays.stream(Financier.values()).map(f -> scores.getOrDefault(f, detail.scoresZichtbaar() ? "geen antwoord" : "–")).toList(),
                    verschil, vraag.spreiding() == null ? "–" : String.valueOf(vraag.spreiding())));
        }
        List<OpvolgingRegel> opvolgingen = detail.opvolgingen().stream()
                .map(o -> new OpvolgingRegel(o.vastgelegdOp().atZoneSameInstant(NEDERLAND).format(DATUM), Weergave.label(o.soort())))
                .toList();

        Set<Integer> gepubliceerd = Set.copyOf(gepubliceerdeJaren());
        Historie historie = rapportages.historie(regio);
        List<HistorieRonde> rondesVanRegio = historie.rondes().stream().filter(r -> gepubliceerd.contains(r.jaar())).toList();
        List<HistorieRegel> regels = new ArrayList<>();
        Double[][] gemiddelden = new Double[rondesVanRegio.size()][Financier.values().length];
        double[] maxima = new double[rondesVanRegio.size()];
        for (int i = 0; i < rondesVanRegio.size(); i++) {
            HistorieRonde r = rondesVanRegio.get(i);
            maxima[i] = 10;
            List<String> cellen = new ArrayList<>();
            for (Financier financier : Financier.values()) {
                Double gemiddelde = gemiddelde(r.scores(), financier);
                gemiddelden[i][financier.ordinal()] = gemiddelde;
                cellen.add(Weergave.cijfer(gemiddelde));
            }
            regels.add(new HistorieRegel(r.jaar(), Paden.regio(r.jaar(), regio), Weergave.label(r.status()),
                    Weergave.label(r.escalatie()), cellen));
        }
        Grafiek historieGrafiek = Grafieken.groepen("grafiek-historie", "Gemiddelde score per financier per ronde, " + detail.naam(),
                rondesVanRegio.stream().map(r -> "Ronde " + r.jaar()).toList(),
                Arrays.stream(Financier.values()).map(Weergave::label).toList(),
                Arrays.stream(Financier.values()).map(Weergave::kleur).toList(), gemiddelden, maxima);

        String beantwoord = detail.beantwoord().isEmpty() ? "niemand"
                : detail.beantwoord().stream().map(i -> Weergave.label(i.financier()).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new RegioPagina(jaar, Paden.ronde(jaar), detail.regio(), detail.naam(), detail.zorgkantoorregio(),
                detail.status().code(), Weergave.label(detail.status()), Weergave.uitleg(detail.status()),
                Weergave.kleur(detail.status()), Weergave.label(detail.escalatie()), detail.signaal(), detail.scoresZichtbaar(),
                beantwoord, Arrays.stream(Financier.values()).map(Weergave::label).toList(), vragen, opvolgingen,
                historieGrafiek, regels);
    }

    /** The open data of a published round: the national overview and one row per region (the API's figures). */
    public OpenData openData(int jaar) {
        RondeFeit ronde = gepubliceerd(jaar);
        Overzicht overzicht = rapportages.overzicht(jaar);
        List<RegioRij> rijen = rapportages.regios(jaar, new Rapportages.RegioFilter(null, null, null, null),
                Rapportages.Sortering.van("regio"));
        return new OpenData(ronde, ronde.vragen, ronde.voldoendeGrens, ronde.spreidingsGrens, overzicht, rijen);
    }

    /** What the .json and .csv downloads carry: the round's questions and thresholds, the overview, the regions. */
    public record OpenData(@JsonIgnore RondeFeit ronde, List<Vraag> vragen, int voldoendeGrens, int spreidingsGrens,
                           Overzicht overzicht, List<RegioRij> regios) {
    }

    /** Average over the questions of one financier's scores in a round; rapportcijfers only (a ja-nee mixes badly). */
    private static Double gemiddelde(List<VraagScores> scores, Financier financier) {
        List<Integer> waarden = scores.stream().map(s -> switch (financier) {
            case GEMEENTEN -> s.gemeenten();
            case ZORGVERZEKERAAR -> s.zorgverzekeraar();
            case ZORGKANTOOR -> s.zorgkantoor();
        }).filter(Objects::nonNull).toList();
        return waarden.isEmpty() ? null : waarden.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static String score(Schaal schaal, int score) {
        return schaal == Schaal.JA_NEE ? (score == 1 ? "ja" : "nee") : String.valueOf(score);
    }

    private static String vraagNaam(Vraag vraag) {
        return Weergave.hoofdletter(vraag.code());
    }

    private static String schaalUitleg(Vraag vraag) {
        return vraag.schaal() == Schaal.JA_NEE ? " (aandeel ja, 0 tot 1)" : "";
    }
}
