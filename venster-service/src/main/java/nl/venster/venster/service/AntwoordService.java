package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Voorwaarde;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.domain.Antwoord;
import nl.venster.venster.domain.AntwoordValidatie;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.Tijd;
import nl.venster.conventions.vocabulary.Verzegeling;
import nl.venster.venster.events.VensterEvents;
import nl.venster.venster.repository.AntwoordsetRepository;

/** Submitting, amending and reading answer sets: one current version per (round, region, financier). */
@ApplicationScoped
public class AntwoordService {

    private final RondeService rondes;
    private final AntwoordsetRepository antwoordsets;
    private final Toegang toegang;
    private final VensterEvents events;
    private final AuditLog audit;
    private final Clock clock;
    private final BerichtenService berichten;

    public AntwoordService(RondeService rondes, AntwoordsetRepository antwoordsets, Toegang toegang, VensterEvents events,
                           AuditLog audit, Clock clock, BerichtenService berichten) {
        this.berichten = berichten;
        this.rondes = rondes;
        this.antwoordsets = antwoordsets;
        this.toegang = toegang;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of a submission: the new version, and whether it was the first. */
    public record Indiening(AntwoordsetGegevens antwoordset, boolean eerste) {
    }

    @Transactional
    public Indiening indienen(int jaar, String regio, Financier financier, Inzending invoer, String ifMatch) {
        // A shared lock on the round lets submissions run side by side while closing waits for them (and they
        // for it); the answer-set lock orders versions of one (region, financier), so If-Match is never raced.
        Ronde ronde = rondes.voorInzending(jaar);
        rondes.vereisRegioVanRonde(ronde, regio);
        toegang.vereisAanspreekpunt(regio, financier);
        antwoordsets.vergrendel(jaar, regio, financier);
        RondeStatus status = ronde.statusVolgensKlok(Tijd.nu(clock));
        if (status != RondeStatus.OPEN) {
            throw Weigering.conflict(status == RondeStatus.CONCEPT
                    ? "De ronde " + jaar + " is nog niet open."
                    : "De ronde " + jaar + " is gesloten; antwoorden kunnen niet meer veranderen.");
        }
        Optional<Long> huidig = antwoordsets.huidigeVersie(jaar, regio, financier);
        controleerVoorwaarde(huidig, ifMatch);
        List<Weigering.OngeldigVeld> problemen = AntwoordValidatie.problemen(ronde.vragen, invoer.antwoorden().stream()
                .map(antwoord -> new AntwoordValidatie.Invoer(antwoord.vraag(), antwoord.score())).toList());
        if (!problemen.isEmpty()) {
            throw Weigering.ongeldig(problemen);
        }
        Antwoordset set = new Antwoordset();
        set.jaar = jaar;
        set.regio = regio;
        set.financier = financier;
        set.versie = huidig.map(vorige -> vorige + 1).orElse(1L);
        set.ingediendOp = Tijd.nu(clock);
        set.ingediendDoor = toegang.subject();
        AntwoordValidatie.inVraagvolgorde(ronde.vragen, invoer.antwoorden(), Inzending.Antwoord::vraag)
                .forEach(antwoord -> set.antwoorden.add(new Antwoord(antwoord.vraag(), antwoord.score(), leegIsNull(antwoord.toelichting()))));
        antwoordsets.persist(set);
        berichten.inzendingAanvaard(ronde, set, huidig.isEmpty());
        events.antwoordsetIngediend(set);
        AntwoordsetGegevens gegevens = AntwoordsetGegevens.van(set);
        audit.record(huidig.isPresent() ? "gewijzigd" : "ingediend", "antwoordset",
                jaar + "/" + regio + "/" + financier.code(), gegevens);
        return new Indiening(gegevens, huidig.isEmpty());
    }

    /** The region's answers, sealed for everyone except the caller's own financier(s). */
    @Transactional
    public RegioAntwoordenGegevens regioAntwoorden(int jaar, String regio) {
        Ronde ronde = rondes.bestaand(jaar);
        rondes.vereisRegioVanRonde(ronde, regio);
        toegang.vereisRegiocontactOfBeheerder(regio);
        Map<Financier, Antwoordset> huidig = new EnumMap<>(Financier.class);
        antwoordsets.currentPerFinancier(jaar, regio).forEach(set -> huidig.put(set.financier, set));
        RondeStatus status = ronde.statusVolgensKlok(Tijd.nu(clock));
        Verzegeling verzegeling = Verzegeling.voor(status, huidig.keySet());
        Set<Financier> eigen = toegang.eigenFinanciers(regio);
        List<RegioAntwoordenGegevens.FinancierAntwoorden> financiers = java.util.Arrays.stream(Financier.values()).map(financier -> {
            Antwoordset set = huidig.get(financier);
            boolean zichtbaar = verzegeling.zichtbaar(financier, eigen);
            if (set == null) {
                return new RegioAntwoordenGegevens.FinancierAntwoorden(financier, false, null, null, !zichtbaar, null);
            }
            return new RegioAntwoordenGegevens.FinancierAntwoorden(financier, true, set.versie, Tijd.utc(set.ingediendOp), !zichtbaar,
                    zichtbaar ? AntwoordGegevens.van(set) : null);
        }).toList();
        return new RegioAntwoordenGegevens(jaar, regio, status, huidig.size() == Financier.values().length,
                verzegeling.ontzegeld(), financiers);
    }

    /** The history of one financier's answer set: for its own people, or for everyone once unsealed. */
    @Transactional
    public List<AntwoordsetVersieGegevens> versies(int jaar, String regio, Financier financier, int offset, int size) {
        vereisZichtbaar(jaar, regio, financier);
        return antwoordsets.versions(jaar, regio, financier, offset, size).stream().map(AntwoordsetVersieGegevens::van).toList();
    }

    public long aantalVersies(int jaar, String regio, Financier financier) {
        return antwoordsets.countVersions(jaar, regio, financier);
    }

    private void vereisZichtbaar(int jaar, String regio, Financier financier) {
        Ronde ronde = rondes.bestaand(jaar);
        rondes.vereisRegioVanRonde(ronde, regio);
        toegang.vereisRegiocontactOfBeheerder(regio);
        if (!zichtbaar(ronde, regio, financier)) {
            throw Weigering.verboden("De antwoorden van deze financier zijn verzegeld tot alle drie de financiers hebben"
                    + " geantwoord of de ronde is gesloten.");
        }
    }

    /**
     * Whether the caller may see this financier's scores and toelichtingen now, as {@code /antwoorden} would show
     * them; the audit trail asks this too. False for a round that does not exist.
     */
    @Transactional
    public boolean zichtbaarVoorAanroeper(int jaar, String regio, Financier financier) {
        return rondes.zoek(jaar).map(ronde -> zichtbaar(ronde, regio, financier)).orElse(false);
    }

    private boolean zichtbaar(Ronde ronde, String regio, Financier financier) {
        Set<Financier> beantwoord = java.util.EnumSet.noneOf(Financier.class);
        antwoordsets.currentPerFinancier(ronde.jaar, regio).forEach(set -> beantwoord.add(set.financier));
        return Verzegeling.voor(ronde.statusVolgensKlok(Tijd.nu(clock)), beantwoord).zichtbaar(financier, toegang.eigenFinanciers(regio));
    }

    /** Optimistic concurrency on the answer set: an amendment must name the version it amends (strong comparison). */
    private static void controleerVoorwaarde(Optional<Long> huidigeVersie, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (huidigeVersie.isPresent()) {
                throw Weigering.versieVereist("Er zijn al antwoorden ingediend; stuur If-Match met de ETag van de"
                        + " huidige versie om ze te wijzigen.");
            }
            return;
        }
        if (huidigeVersie.isEmpty()) {
            throw Weigering.versieVerouderd("Er zijn nog geen antwoorden om te wijzigen; laat If-Match weg.");
        }
        if (!Voorwaarde.past(ifMatch, huidigeVersie.get())) {
            throw Weigering.versieVerouderd("De antwoorden zijn intussen gewijzigd (huidige versie "
                    + huidigeVersie.get() + "); haal ze opnieuw op en probeer het nog eens.");
        }
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst;
    }
}
