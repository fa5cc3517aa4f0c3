package nl.venster.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.register.domain.Dekkingscontrole;
import nl.venster.register.domain.Gemeente;
import nl.venster.register.domain.GemeenteInRegio;
import nl.venster.register.domain.Kalender;
import nl.venster.register.domain.Lidmaatschap;
import nl.venster.register.domain.Regio;
import nl.venster.register.domain.Themas;
import nl.venster.register.events.RegisterEvents;
import nl.venster.register.repository.GemeenteRepository;
import nl.venster.register.repository.LidmaatschapRepository;
import nl.venster.register.repository.RegioRepository;
import nl.venster.register.repository.ZorgkantoorregioRepository;
import nl.venster.register.service.RegioOpdrachten.Indelingswijziging;
import nl.venster.register.service.RegioOpdrachten.NieuweRegio;
import nl.venster.register.service.RegioOpdrachten.Regiogegevens;
import nl.venster.register.service.RegioOpdrachten.Verplaatsing;

/** Regions and their memberships; every membership change keeps the division landsdekkend en sluitend. */
@ApplicationScoped
public class RegioService {

    private static final int GEMEENTEN_IN_DETAIL = 20;

    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final LidmaatschapRepository lidmaatschappen;
    private final ZorgkantoorregioRepository zorgkantoorregios;
    private final RegisterEvents events;
    private final AuditLog audit;
    private final ContactService contacten;
    private final Clock clock;

    public RegioService(RegioRepository regios, GemeenteRepository gemeenten, LidmaatschapRepository lidmaatschappen,
                        ZorgkantoorregioRepository zorgkantoorregios, RegisterEvents events, AuditLog audit,
                        ContactService contacten, Clock clock) {
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.lidmaatschappen = lidmaatschappen;
        this.zorgkantoorregios = zorgkantoorregios;
        this.events = events;
        this.audit = audit;
        this.contacten = contacten;
        this.clock = clock;
    }

    // --- reading

    public Regio regio(String code) {
        return regios.findByIdOptional(code)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen regio met code " + code + "."));
    }

    /** Regions active on the date, filtered; {@code naam} matches case-insensitively anywhere in the name. */
    public List<Regio> regios(LocalDate peildatum, String zorgkantoorregio, String naam) {
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        return regios.actiefOp(peildatum).stream()
                .filter(r -> zorgkantoorregio == null || r.zorgkantoorregio.equals(zorgkantoorregio))
                .filter(r -> zoek == null || r.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .toList();
    }

    /** The region's memberships: all of them (history and future) without a date, else those valid on it. */
    public List<Lidmaatschap> lidmaatschappen(String regio, LocalDate peildatum) {
        regio(regio);
        return lidmaatschappen.vanRegio(regio).stream()
                .filter(l -> peildatum == null || l.geldigOp(peildatum))
                .toList();
    }

    /** Gemeente code to region code, for every membership valid on the date. */
    public Map<String, String> regioPerGemeente(LocalDate peildatum) {
        return lidmaatschappen.geldigOp(peildatum).stream()
                .collect(Collectors.toMap(l -> l.gemeente, l -> l.regio, (a, b) -> a + "," + b));
    }

    public List<GemeenteInRegio> ledenOp(Collection<String> regios, LocalDate peildatum) {
        return lidmaatschappen.ledenOp(regios, peildatum);
    }

    public Map<String, String> gemeentenamen() {
        return gemeenten.alle().stream().collect(Collectors.toMap(g -> g.code, g -> g.naam));
    }

    /** The coverage report: gemeenten in no region or in several on the date (must be empty). */
    public List<Dekkingscontrole.Probleem> dekking(LocalDate peildatum) {
        return Dekkingscontrole.controleerOp(geldigheden(), leden(), peildatum);
    }

    // --- changing

    @Transactional
    public Regio maak(NieuweRegio invoer) {
        InputValidation validation = new InputValidation();
        validation.require(zorgkantoorregios.findByIdOptional(invoer.zorgkantoorregio()).isPresent(), "zorgkantoorregio",
                "onbekende zorgkantoorregio");
        validation.throwIfInvalid();
        if (regios.findByIdOptional(invoer.code()).isPresent()) {
            throw Weigering.conflict("Er bestaat al een regio met code " + invoer.code() + ".");
        }
        Regio regio = nieuweRegio(invoer, invoer.geldigVanaf() == null ? Kalender.vandaag(clock) : invoer.geldigVanaf());
        events.regioGewijzigd(regio);
        audit.record("aangemaakt", "regio", regio.code, invoer);
        return regio;
    }

    @Transactional
    public Regio wijzig(String code, Regiogegevens wijziging) {
        Regio regio = regios.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen regio met code " + code + "."));
        InputValidation validation = new InputValidation();
        validation.require(zorgkantoorregios.findByIdOptional(wijziging.zorgkantoorregio()).isPresent(), "zorgkantoorregio",
                "onbekende zorgkantoorregio");
        List<String> ontbrekend = Themas.ontbrekend(wijziging.themas());
        validation.require(ontbrekend.isEmpty(), "themas", "de thema's " + String.join(", ", Themas.VERPLICHT)
                + " zijn verplicht; ontbreekt: " + String.join(", ", ontbrekend));
        validation.require(wijziging.themas().stream().distinct().count() == wijziging.themas().size(), "themas",
                "een thema komt dubbel voor");
        validation.throwIfInvalid();
        Map<String, Object> voor = gegevens(regio);
        regio.naam = wijziging.naam();
        regio.zorgkantoorregio = wijziging.zorgkantoorregio();
        regio.voortouwZorgverzekeraar = wijziging.voortouwZorgverzekeraar();
        regio.themas = Themas.metVerplichte(wijziging.themas());
        regio.versie++;
        events.regioGewijzigd(regio);
        audit.record("gewijzigd", "regio", code, Map.of("voor", voor, "na", gegevens(regio)));
        return regio;
    }

    /** Moves gemeenten into one region from the date: the simplest indelingswijziging. */
    @Transactional
    public List<Regio> verplaatsNaar(String regio, LocalDate ingangsdatum, List<String> gemeentecodes) {
        regio(regio);
        List<Verplaatsing> verplaatsingen = gemeentecodes.stream().map(g -> new Verplaatsing(g, regio)).toList();
        return wijzigIndeling(new Indelingswijziging(ingangsdatum, List.of(), verplaatsingen, List.of()));
    }

    /**
     * Applies a move, split or merge as one change from its effective date: new regions start, gemeenten move
     * (their later memberships are replaced), ended regions lose their remaining members. Refused with 409,
     * changing nothing, when afterwards any gemeente is in no region or in two on any date from then on.
     */
    @Transactional
    public List<Regio> wijzigIndeling(Indelingswijziging wijziging) {
        lidmaatschappen.vergrendel();
        LocalDate ingangsdatum = wijziging.ingangsdatum();
        List<NieuweRegio> nieuweRegios = lijst(wijziging.nieuweRegios());
        List<Verplaatsing> verplaatsingen = lijst(wijziging.verplaatsingen());
        List<String> beeindigdeRegios = lijst(wijziging.beeindigdeRegios());

        InputValidation validation = new InputValidation();
        validation.require(!nieuweRegios.isEmpty() || !verplaatsingen.isEmpty() || !beeindigdeRegios.isEmpty(),
                "verplaatsingen", "de wijziging bevat geen nieuwe regio's, verplaatsingen of beëindigde regio's");
        Set<String> nieuweCodes = new HashSet<>();
        for (int i = 0; i < nieuweRegios.size(); i++) {
            NieuweRegio invoer = nieuweRegios.get(i);
            String veld = "nieuweRegios[" + i + "]";
            validation.require(regios.findByIdOptional(invoer.code()).isEmpty() && nieuweCodes.add(invoer.code()),
                    veld + ".code", "er bestaat al een regio met deze code");
            validation.require(zorgkantoorregios.findByIdOptional(invoer.zorgkantoorregio()).isPresent(),
                    veld + ".zorgkantoorregio", "onbekende zorgkantoorregio");
            validation.require(invoer.geldigVanaf() == null || invoer.geldigVanaf().equals(ingangsdatum),
                    veld + ".geldigVanaf", "leeg laten of gelijk aan de ingangsdatum");
        }
        Set<String> teBeeindigen = new HashSet<>();
        for (int i = 0; i < beeindigdeRegios.size(); i++) {
            Regio regio = regios.findById(beeindigdeRegios.get(i));
            String veld = "beeindigdeRegios[" + i + "]";
            if (regio == null) {
                validation.add(veld, "onbekende regio");
            } else {
                validation.require(regio.actiefOp(ingangsdatum) && regio.geldigVanaf.isBefore(ingangsdatum), veld,
                        "de regio is op de ingangsdatum niet actief of begint dan pas");
                validation.require(teBeeindigen.add(regio.code), veld, "komt dubbel voor");
            }
        }
        Map<Gemeente, String> doelPerGemeente = new LinkedHashMap<>();
        Set<String> verplaatst = new HashSet<>();
        for (int i = 0; i < verplaatsingen.size(); i++) {
            Verplaatsing verplaatsing = verplaatsingen.get(i);
            String veld = "verplaatsingen[" + i + "]";
            Gemeente gemeente = gemeenten.findById(verplaatsing.gemeente());
            boolean doelBestaat = nieuweCodes.contains(verplaatsing.regio()) || (!teBeeindigen.contains(verplaatsing.regio())
                    && regios.findByIdOptional(verplaatsing.regio()).map(r -> r.actiefOp(ingangsdatum)).orElse(false));
            validation.require(doelBestaat, veld + ".regio", "geen regio die op de ingangsdatum bestaat en blijft");
            if (gemeente == null || !gemeente.bestaatOp(ingangsdatum)) {
                validation.add(veld + ".gemeente", "geen gemeente die op de ingangsdatum bestaat");
            } else if (!verplaatst.add(gemeente.code)) {
                validation.add(veld + ".gemeente", "komt dubbel voor");
            } else {
                doelPerGemeente.put(gemeente, verplaatsing.regio());
            }
        }
        validation.throwIfInvalid();

        Set<String> geraakt = new TreeSet<>();
        for (NieuweRegio invoer : nieuweRegios) {
            geraakt.add(nieuweRegio(invoer, ingangsdatum).code);
        }
        doelPerGemeente.forEach((gemeente, doel) -> {
            if (!alLidVanafTot(gemeente, doel, ingangsdatum)) {
                geraakt.addAll(beeindigLidmaatschappen(lidmaatschappen.vanGemeente(gemeente.code), ingangsdatum));
                lidmaatschappen.persist(Lidmaatschap.van(doel, gemeente.code, ingangsdatum, gemeente.geldigTot));
                geraakt.add(doel);
            }
        });
        for (String code : teBeeindigen) {
            Regio regio = regios.findById(code);
            regio.geldigTot = ingangsdatum;
            beeindigLidmaatschappen(lidmaatschappen.vanRegio(code), ingangsdatum);
            contacten.beeindigRollenVanRegio(code, ingangsdatum);
            geraakt.add(code);
        }
        controleerDekkingVanaf(ingangsdatum);

        List<Regio> gewijzigd = new ArrayList<>();
        for (String code : geraakt) {
            Regio regio = regios.findById(code);
            if (!nieuweCodes.contains(code)) {
                regio.versie++;
            }
            events.regioGewijzigd(regio);
            audit.record(nieuweCodes.contains(code) ? "aangemaakt" : "indeling-gewijzigd", "regio", code, wijziging);
            gewijzigd.add(regio);
        }
        return gewijzigd;
    }

    /**
     * Ends the given memberships on the date: those starting on or after it disappear, those running past it
     * end then. Returns the regions whose memberships changed.
     */
    Set<String> beeindigLidmaatschappen(List<Lidmaatschap> leden, LocalDate datum) {
        Set<String> geraakt = new TreeSet<>();
        for (Lidmaatschap lid : leden) {
            if (!lid.vanaf.isBefore(datum)) {
                lidmaatschappen.delete(lid);
                geraakt.add(lid.regio);
            } else if (lid.tot == null || lid.tot.isAfter(datum)) {
                lid.tot = datum;
                geraakt.add(lid.regio);
            }
        }
        return geraakt;
    }

    /**
     * Refuses (409, rolling the transaction back) when any gemeente is in no region or in two on any date from
     * the given one on. The caller holds the membership lock.
     */
    void controleerDekkingVanaf(LocalDate datum) {
        lidmaatschappen.flush();
        List<Dekkingscontrole.Probleem> problemen = Dekkingscontrole.controleer(geldigheden(), leden(), datum, null);
        if (problemen.isEmpty()) {
            return;
        }
        String opsomming = problemen.stream().limit(GEMEENTEN_IN_DETAIL)
                .map(p -> p.gemeentecode() + " " + p.gemeentenaam() + " (" + p.soort().code() + " vanaf " + p.vanaf() + ")")
                .collect(Collectors.joining(", "));
        throw new GemeentenConflict("De indeling zou niet meer landsdekkend en sluitend zijn; er is niets gewijzigd. "
                + "Gemeenten in geen of in meer dan één regio: " + opsomming
                + (problemen.size() > GEMEENTEN_IN_DETAIL ? " en meer (zie gemeenten)." : "."), problemen);
    }

    Regio nieuweRegio(NieuweRegio invoer, LocalDate geldigVanaf) {
        Regio regio = new Regio();
        regio.code = invoer.code();
        regio.naam = invoer.naam();
        regio.zorgkantoorregio = invoer.zorgkantoorregio();
        regio.voortouwZorgverzekeraar = invoer.voortouwZorgverzekeraar();
        regio.themas = Themas.metVerplichte(invoer.themas());
        regio.geldigVanaf = geldigVanaf;
        regio.versie = 1;
        regios.persist(regio);
        return regio;
    }

    private boolean alLidVanafTot(Gemeente gemeente, String regio, LocalDate datum) {
        return lidmaatschappen.vanGemeente(gemeente.code).stream().anyMatch(l -> l.regio.equals(regio)
                && !l.vanaf.isAfter(datum) && Objects.equals(l.tot, gemeente.geldigTot));
    }

    private List<Dekkingscontrole.GemeenteGeldigheid> geldigheden() {
        return gemeenten.alle().stream().map(Gemeente::geldigheid).toList();
    }

    private List<Dekkingscontrole.Lid> leden() {
        return lidmaatschappen.alle().stream().map(Lidmaatschap::alsLid).toList();
    }

    private static Map<String, Object> gegevens(Regio regio) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("naam", regio.naam);
        gegevens.put("zorgkantoorregio", regio.zorgkantoorregio);
        gegevens.put("voortouwZorgverzekeraar", regio.voortouwZorgverzekeraar);
        gegevens.put("themas", List.copyOf(regio.themas));
        return gegevens;
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }
}
