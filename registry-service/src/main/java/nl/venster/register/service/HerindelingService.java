package nl.venster.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.register.domain.CsvLezer;
import nl.venster.register.domain.Gemeente;
import nl.venster.register.domain.Herindelingsvergelijking;
import nl.venster.register.domain.Herindelingsvergelijking.Regel;
import nl.venster.register.domain.Herindelingsvergelijking.Resultaat;
import nl.venster.register.domain.Lidmaatschap;
import nl.venster.register.domain.Regio;
import nl.venster.register.events.RegisterEvents;
import nl.venster.register.repository.GemeenteRepository;
import nl.venster.register.repository.LidmaatschapRepository;
import nl.venster.register.repository.RegioRepository;
import nl.venster.register.repository.ZorgkantoorregioRepository;

/** The yearly herindeling: the CBS municipality list compared with the registry, applied atomically or refused. */
@ApplicationScoped
public class HerindelingService {

    /** The most gemeenten one list may hold (a CBS list has some 350). */
    public static final int MAX_GEMEENTEN = 1000;

    static final List<String> CSV_KOP = List.of("gemeentecode", "gemeentenaam", "zorgkantoorregio_code");

    private final GemeenteRepository gemeenten;
    private final LidmaatschapRepository lidmaatschappen;
    private final RegioRepository regios;
    private final ZorgkantoorregioRepository zorgkantoorregios;
    private final RegioService regioService;
    private final RegisterEvents events;
    private final AuditLog audit;

    public HerindelingService(GemeenteRepository gemeenten, LidmaatschapRepository lidmaatschappen, RegioRepository regios,
                              ZorgkantoorregioRepository zorgkantoorregios, RegioService regioService, RegisterEvents events,
                              AuditLog audit) {
        this.gemeenten = gemeenten;
        this.lidmaatschappen = lidmaatschappen;
        this.regios = regios;
        this.zorgkantoorregios = zorgkantoorregios;
        this.regioService = regioService;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Reads the CSV form: a header with at least gemeentecode, gemeentenaam and zorgkantoorregio_code (any order,
     * other columns ignored), optionally the decisions regio and voorgangers (codes separated by spaces or ';').
     * Row numbers in errors count data rows from 0, as in the JSON form.
     */
    public List<Regel> leesCsv(String csv) {
        List<List<String>> records;
        try {
            records = CsvLezer.lees(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw Weigering.ongeldig("body", "geen geldige CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw Weigering.ongeldig("body", "de CSV is leeg");
        }
        List<String> kop = records.get(0).stream().map(String::trim).toList();
        InputValidation validation = new InputValidation();
        CSV_KOP.forEach(kolom -> validation.require(kop.contains(kolom), "body", "de kopregel mist de kolom " + kolom));
        validation.require(records.size() > 1, "body", "de CSV bevat geen gemeenten");
        validation.require(records.size() - 1 <= MAX_GEMEENTEN, "body",
                "hoogstens " + MAX_GEMEENTEN + " gemeenten");
        validation.throwIfInvalid();
        List<Regel> regels = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> velden = records.get(i);
            String veld = "gemeenten[" + (i - 1) + "]";
            String code = kolom(kop, velden, "gemeentecode");
            String naam = kolom(kop, velden, "gemeentenaam");
            String zk = kolom(kop, velden, "zorgkantoorregio_code");
            String regio = kolom(kop, velden, "regio");
            String voorgangerTekst = kolom(kop, velden, "voorgangers");
            List<String> voorgangers = voorgangerTekst == null ? null
                    : Arrays.stream(voorgangerTekst.split("[ ;]+")).filter(s -> !s.isEmpty()).toList();
            validation.require(code != null && code.matches(Codes.GEMEENTE), veld + ".gemeentecode", "GM gevolgd door vier cijfers");
            validation.require(naam != null && naam.length() <= 200, veld + ".gemeentenaam", "verplicht, hoogstens 200 tekens");
            validation.require(zk != null && zk.matches(Codes.ZORGKANTOORREGIO), veld + ".zorgkantoorregio", "ZK gevolgd door twee cijfers");
            validation.require(regio == null || regio.matches(Codes.REGIO), veld + ".regio", "geen geldige regiocode");
            validation.require(voorgangers == null || voorgangers.stream().allMatch(v -> v.matches(Codes.GEMEENTE)),
                    veld + ".voorgangers", "gemeentecodes gescheiden door spaties of ';'");
            regels.add(new Regel(code, naam, zk, regio, voorgangers));
        }
        validation.throwIfInvalid();
        return regels;
    }

    /** With {@code dryRun} only the diff; otherwise the diff applied in one transaction, or 409 and nothing changed. */
    @Transactional
    public Herindeling herindel(LocalDate ingangsdatum, boolean dryRun, List<Regel> lijst) {
        if (!dryRun) {
            lidmaatschappen.vergrendel();
        }
        InputValidation validation = new InputValidation();
        Set<String> codes = new HashSet<>();
        Set<String> bekendeZk = zorgkantoorregios.listAll().stream().map(zk -> zk.code).collect(Collectors.toSet());
        for (int i = 0; i < lijst.size(); i++) {
            Regel regel = lijst.get(i);
            validation.require(codes.add(regel.gemeentecode()), "gemeenten[" + i + "].gemeentecode", "komt dubbel voor");
            validation.require(bekendeZk.contains(regel.zorgkantoorregio()), "gemeenten[" + i + "].zorgkantoorregio",
                    "onbekende zorgkantoorregio");
        }
        validation.throwIfInvalid();

        Map<String, String> regioDagErvoor = regioService.regioPerGemeente(ingangsdatum.minusDays(1));
        List<Gemeente> bestaand = gemeenten.bestaandOp(ingangsdatum);
        Map<String, String> actieveRegios = new LinkedHashMap<>();
        regios.actiefOp(ingangsdatum).forEach(r -> actieveRegios.put(r.code, r.zorgkantoorregio));
        Set<String> ooitBekend = gemeenten.alle().stream().map(g -> g.code).collect(Collectors.toSet());
        Resultaat verschil = Herindelingsvergelijking.vergelijk(lijst,
                bestaand.stream().map(g -> new Herindelingsvergelijking.Bestaand(g.code, g.naam, g.zorgkantoorregio,
                        regioDagErvoor.get(g.code))).toList(),
                ooitBekend, actieveRegios);
        verschil.fouten().forEach(f -> validation.add(f.veld(), f.reden()));
        Map<String, Gemeente> bestaandPerCode = bestaand.stream().collect(Collectors.toMap(g -> g.code, g -> g));
        verschil.beeindigd().forEach(b -> validation.require(bestaandPerCode.get(b.gemeentecode()).geldigVanaf.isBefore(ingangsdatum),
                "ingangsdatum", b.gemeentecode() + " bestaat pas vanaf de ingangsdatum en kan dan niet eindigen"));
        validation.throwIfInvalid();

        if (dryRun) {
            return resultaat(ingangsdatum, true, false, verschil);
        }
        if (!verschil.besluitNodig().isEmpty()) {
            throw new GemeentenConflict("Voor deze nieuwe gemeenten is geen regio af te leiden; kies er een met het veld regio "
                    + "(JSON) of de kolom regio (CSV): " + String.join(", ", verschil.besluitNodig()) + ". Er is niets gewijzigd.",
                    verschil.nieuw().stream().filter(Herindelingsvergelijking.NieuweGemeente::besluitNodig).toList());
        }
        Set<String> geraakt = pasToe(ingangsdatum, verschil, bestaandPerCode);
        regioService.controleerDekkingVanaf(ingangsdatum);
        for (String code : geraakt) {
            Regio regio = regios.findById(code);
            regio.versie++;
            events.regioGewijzigd(regio);
        }
        Herindeling resultaat = resultaat(ingangsdatum, false, true, verschil);
        audit.record("toegepast", "herindeling", ingangsdatum.toString(), Map.of("nieuw", resultaat.nieuw(),
                "beeindigd", resultaat.beeindigd(), "hernoemd", resultaat.hernoemd(),
                "andereZorgkantoorregio", resultaat.andereZorgkantoorregio(), "regios", geraakt));
        return resultaat;
    }

    private Set<String> pasToe(LocalDate ingangsdatum, Resultaat verschil, Map<String, Gemeente> bestaand) {
        Set<String> geraakt = new TreeSet<>();
        for (Herindelingsvergelijking.NieuweGemeente nieuw : verschil.nieuw()) {
            Gemeente gemeente = new Gemeente();
            gemeente.code = nieuw.gemeentecode();
            gemeente.naam = nieuw.gemeentenaam();
            gemeente.zorgkantoorregio = nieuw.zorgkantoorregio();
            gemeente.geldigVanaf = ingangsdatum;
            gemeenten.persist(gemeente);
            lidmaatschappen.persist(Lidmaatschap.van(nieuw.regio(), gemeente.code, ingangsdatum, null));
            geraakt.add(nieuw.regio());
        }
        gemeenten.flush();
        for (Herindelingsvergelijking.BeeindigdeGemeente einde : verschil.beeindigd()) {
            Gemeente gemeente = bestaand.get(einde.gemeentecode());
            gemeente.geldigTot = ingangsdatum;
            gemeente.opvolger = einde.opvolger();
            geraakt.addAll(regioService.beeindigLidmaatschappen(lidmaatschappen.vanGemeente(gemeente.code), ingangsdatum));
        }
        for (Herindelingsvergelijking.HernoemdeGemeente hernoemd : verschil.hernoemd()) {
            bestaand.get(hernoemd.gemeentecode()).naam = hernoemd.nieuweNaam();
            // The region snapshots carry gemeente names.
            lidmaatschappen.vanGemeente(hernoemd.gemeentecode()).forEach(l -> geraakt.add(l.regio));
        }
        for (Herindelingsvergelijking.GewijzigdeZorgkantoorregio zk : verschil.andereZorgkantoorregio()) {
            bestaand.get(zk.gemeentecode()).zorgkantoorregio = zk.nieuweZorgkantoorregio();
        }
        return geraakt;
    }

    private static Herindeling resultaat(LocalDate ingangsdatum, boolean dryRun, boolean toegepast, Resultaat verschil) {
        return new Herindeling(ingangsdatum, dryRun, toegepast, verschil.nieuw(), verschil.beeindigd(),
                verschil.hernoemd(), verschil.andereZorgkantoorregio(), verschil.besluitNodig());
    }

    private static String kolom(List<String> kop, List<String> velden, String naam) {
        int index = kop.indexOf(naam);
        if (index < 0 || index >= velden.size()) {
            return null;
        }
        String waarde = velden.get(index).trim();
        return waarde.isEmpty() ? null : waarde;
    }
}
