package nl.venster.venster.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.venster.config.BerichtenConfig;
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.Antwoord;
import nl.venster.venster.domain.Antwoordset;
import nl.venster.venster.domain.Bericht;
import nl.venster.venster.domain.BerichtInhoud;
import nl.venster.venster.domain.BerichtReden;
import nl.venster.venster.domain.BerichtSleutel;
import nl.venster.venster.domain.BerichtStatus;
import nl.venster.venster.domain.Divergentie;
import nl.venster.venster.domain.Herinneringen;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.domain.Ontvangers;
import nl.venster.venster.domain.Ontvangers.Ontvanger;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.ReplicaRegio;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.RondeRegio;
import nl.venster.venster.domain.Tijd;
import nl.venster.venster.domain.Vraag;
import nl.venster.venster.repository.AntwoordsetRepository;
import nl.venster.venster.repository.BerichtRepository;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;
import nl.venster.venster.repository.ReplicaRegioRepository;
import nl.venster.venster.repository.RondeRegioRepository;
import nl.venster.venster.repository.RondeRepository;

/**
 * Queues the messages of DESIGN.md §8, always in the transaction of their cause (a round opening, an accepted
 * submission, a beheerder's request) or of the round clock's due moment, so a message exists exactly when its
 * cause does. {@link nl.venster.venster.messaging.BerichtRelay} sends them.
 */
@ApplicationScoped
public class BerichtenService {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter SLUIT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm 'uur'", NL);

    private final BerichtRepository berichten;
    private final RondeRepository rondes;
    private final ReplicaRegioRepository regios;
    private final RondeRegioRepository rondeRegios;
    private final ReplicaContactpersoonRepository contactpersonen;
    private final AntwoordsetRepository antwoordsets;
    private final AuditLog audit;
    private final Clock clock;
    private final VensterConfig venster;
    private final BerichtenConfig config;
    private final ObjectMapper json;

    public BerichtenService(BerichtRepository berichten, RondeRepository rondes, ReplicaRegioRepository regios,
                            RondeRegioRepository rondeRegios, ReplicaContactpersoonRepository contactpersonen, AntwoordsetRepository antwoordsets, AuditLog audit,
                            Clock clock, VensterConfig venster, BerichtenConfig config, ObjectMapper json) {
        this.berichten = berichten;
        this.rondes = rondes;
        this.regios = regios;
        this.rondeRegios = rondeRegios;
        this.contactpersonen = contactpersonen;
        this.antwoordsets = antwoordsets;
        this.audit = audit;
        this.clock = clock;
        this.venster = venster;
        this.config = config;
        this.json = json;
    }

    // --- causes

    /** The round's status changed (by the clock or a beheerder), in that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusGewijzigd(Ronde ronde) {
        if (ronde.status == RondeStatus.OPEN) {
            uitnodigen(ronde);
        } else if (ronde.status == RondeStatus.GESLOTEN) {
            // Nobody can answer any more: an invitation or reminder still waiting would only confuse.
            berichten.laatVervallen(ronde.jaar, List.of(BerichtReden.UITNODIGING, BerichtReden.HERINNERING));
        }
    }

    /**
     * A submission was accepted (in its transaction): a confirmation to the submitter, waiting reminders of
     * the slot lapse, and the first answer of the last financier unseals the region.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inzendingAanvaard(Ronde ronde, Antwoordset set, boolean eerste) {
        ReplicaRegio regio = regios.findById(set.regio);
        String regioNaam = regio == null ? set.regio : regio.naam;
        Optional<ReplicaContactpersoon> indienerInReplica = contactpersonen.metSubject(set.ingediendDoor);
        berichten.naInzendingVervallen(ronde.jaar, set.regio, set.financier.code(), indienerInReplica.map(indiener -> indiener.id));
        indienerInReplica.ifPresent(indiener -> {
            Ontvanger ontvanger = new Ontvanger(indiener.id, indiener.naam, null, false);
            Map<String, Vraag> vragen = ronde.vragen.stream().collect(Collectors.toMap(v -> v.code, Function.identity()));
            List<BerichtInhoud.AntwoordRegel> antwoorden = set.antwoorden.stream().map(antwoord -> new BerichtInhoud.AntwoordRegel(
                    vragen.containsKey(antwoord.vraag) ? vragen.get(antwoord.vraag).tekst : antwoord.vraag,
                    score(vragen.get(antwoord.vraag), antwoord.score), antwoord.toelichting)).toList();
            Bericht bevestiging = queue(ronde, set.regio, regioNaam, set.financier, BerichtReden.BEVESTIGING, "versie-" + set.versie,
                    ontvanger, null, null, set.versie, antwoorden, null);
            // Waits a little for a correction by the same person, which replaces it: one confirmation per series.
            bevestiging.volgendePoging = bevestiging.aangemaaktOp.plus(config.bevestigingWachttijd());
        });
        if (eerste) {
            // Two last answers at the same time: the lock makes the second wait until the first has committed,
            // so exactly one of them sees all three.
            berichten.vergrendelRegio(ronde.jaar, set.regio);
            List<Antwoordset> huidig = antwoordsets.currentPerFinancier(ronde.jaar, set.regio);
            if (huidig.size() == Financier.values().length) {
                ontzegelen(ronde, set.regio, regioNaam, huidig);
            }
        }
    }

    /** The round clock: for every open round, the reminder due now, once per due moment. */
    @Transactional
    public int herinneringenVersturen(int jaar) {
        Ronde ronde = rondes.findById(jaar);
        OffsetDateTime nu = Tijd.nu(clock);
        if (ronde == null || ronde.status != RondeStatus.OPEN || ronde.statusVolgensKlok(nu) != RondeStatus.OPEN) {
            return 0;
        }
        Optional<Integer> dagen = Herinneringen.nuTeSturen(ronde.herinneringen, ronde.opent, ronde.sluit, nu);
        if (dagen.isEmpty() || !berichten.momentVastleggen(jaar, BerichtReden.HERINNERING, dagen.get() + "-dagen")) {
            return 0;
        }
        Set<String> beantwoord = beantwoord(jaar);
        List<ReplicaContactpersoon> metRollen = contactpersonen.withAnyRole();
        LocalDate peildatum = peildatum(ronde);
        int aantal = 0;
        for (Indeling.Regio regio : regiosVanRonde(ronde)) {
            for (Financier financier : Financier.values()) {
                if (!beantwoord.contains(regio.code() + "/" + financier.code())) {
                    aantal += herinneren(ronde, regio, financier, dagen.get() + "-dagen", metRollen, peildatum).size();
                }
            }
        }
        return aantal;
    }

    /** The open rounds the clock looks at. */
    public List<Integer> openRondes() {
        return rondes.list("status", RondeStatus.OPEN).stream().map(ronde -> ronde.jaar).toList();
    }

    /** A beheerder sends a financier-slot's reminder again (e.g. after a new aanspreekpunt was named). */
    @Transactional
    public List<Bericht> herinneringOpnieuw(int jaar, String regioCode, Financier financier) {
        Ronde ronde = rondes.findByIdOptional(jaar).orElseThrow(() -> Weigering.nietGevonden("Er is geen ronde voor " + jaar + "."));
        if (ronde.statusVolgensKlok(Tijd.nu(clock)) != RondeStatus.OPEN) {
            throw Weigering.conflict("De ronde " + jaar + " is niet open; een herinnering heeft geen zin.");
        }
        Indeling.Regio regio = regiosVanRonde(ronde).stream().filter(r -> r.code().equals(regioCode)).findFirst()
                .orElseThrow(() -> Weigering.nietGevonden("Regio " + regioCode + " hoort niet bij de ronde " + jaar + "."));
        berichten.vergrendelRegio(jaar, regioCode);
        if (beantwoord(jaar).contains(regioCode + "/" + financier.code())) {
            throw Weigering.conflict("De " + financier.code() + " in " + regioCode + " hebben al geantwoord.");
        }
        long eerder = berichten.aantalMetAanleiding(jaar, regioCode, financier.code(), BerichtReden.HERINNERING, "handmatig-");
        List<Bericht> nieuw = herinneren(ronde, regio, financier, "handmatig-" + (eerder + 1), contactpersonen.withRoleIn(regioCode),
                peildatum(ronde));
        if (nieuw.isEmpty()) {
            throw Weigering.conflict("Regio " + regioCode + " heeft voor " + financier.code()
                    + " geen aanspreekpunt in het register; een herinnering kan niemand bereiken.");
        }
        audit.record("herinnering-opnieuw", "bericht", jaar + "/" + regioCode + "/" + financier.code(),
                Map.of("berichten", nieuw.stream().map(b -> b.id.toString()).toList()));
        return nieuw;
    }

    // --- reading

    public List<Bericht> lijst(int jaar, BerichtRepository.Filter filter, int offset, int size) {
        bestaand(jaar);
        return berichten.vanRonde(jaar, filter, offset, size);
    }

    public List<Bericht> alle(int jaar, BerichtRepository.Filter filter) {
        bestaand(jaar);
        return berichten.allesVanRonde(jaar, filter);
    }

    public long aantal(int jaar, BerichtRepository.Filter filter) {
        return berichten.aantalVanRonde(jaar, filter);
    }

    // --- building the messages

    private void uitnodigen(Ronde ronde) {
        List<ReplicaContactpersoon> metRollen = contactpersonen.withAnyRole();
        LocalDate peildatum = peildatum(ronde);
        for (Indeling.Regio regio : regiosVanRonde(ronde)) {
            for (Financier financier : Financier.values()) {
                List<Ontvanger> ontvangers = Ontvangers.aanspreekpunten(metRollen, regio.code(), financier, peildatum);
                String aan = ontvangers.isEmpty() ? null : ontvangers.get(0).naam();
                for (Ontvanger ontvanger : ontvangers) {
                    queue(ronde, regio.code(), regio.naam(), financier, BerichtReden.UITNODIGING, "ronde", ontvanger,
                            ontvanger.kopie() ? aan : null, null, null, null, null);
                }
            }
        }
    }

    private List<Bericht> herinneren(Ronde ronde, Indeling.Regio regio, Financier financier, String aanleiding,
                                     List<ReplicaContactpersoon> contacten, LocalDate peildatum) {
        List<Ontvanger> ontvangers = Ontvangers.aanspreekpunten(contacten, regio.code(), financier, peildatum);
        String aan = ontvangers.isEmpty() ? null : ontvangers.get(0).naam();
        long dagen = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(venster.tijdzone())),
                ronde.sluit.atZoneSameInstant(venster.tijdzone()).toLocalDate()));
        List<Bericht> nieuw = new ArrayList<>();
        for (Ontvanger ontvanger : ontvangers) {
            nieuw.add(queue(ronde, regio.code(), regio.naam(), financier, BerichtReden.HERINNERING, aanleiding, ontvanger,
                    ontvanger.kopie() ? aan : null, (int) dagen, null, null, null));
        }
        return nieuw;
    }

    private void ontzegelen(Ronde ronde, String regio, String regioNaam, List<Antwoordset> huidig) {
        List<Map<String, Integer>> scores = huidig.stream().map(set -> set.antwoorden.stream()
                .collect(Collectors.toMap((Antwoord a) -> a.vraag, (Antwoord a) -> a.score))).toList();
        Map<String, String> teksten = new LinkedHashMap<>();
        ronde.vragen.forEach(vraag -> teksten.put(vraag.code, vraag.tekst));
        List<String> divergent = Divergentie.divergenteVragen(ronde.vragen, scores, ronde.voldoendeGrens, ronde.spreidingsGrens)
                .stream().map(teksten::get).toList();
        List<ReplicaContactpersoon> contacten = contactpersonen.withRoleIn(regio);
        LocalDate peildatum = peildatum(ronde);
        for (Financier financier : Financier.values()) {
            for (Ontvanger ontvanger : Ontvangers.aanspreekpunten(contacten, regio, financier, peildatum)) {
                queue(ronde, regio, regioNaam, financier, BerichtReden.ONTZEGELING, "ronde", ontvanger, null, null, null, null, divergent);
            }
        }
    }

    private Bericht queue(Ronde ronde, String regio, String regioNaam, Financier financier, BerichtReden reden, String aanleiding,
                          Ontvanger ontvanger, String aanNaam, Integer dagenTotSluiting, Long versie,
                          List<BerichtInhoud.AntwoordRegel> antwoorden, List<String> divergent) {
        OffsetDateTime nu = Tijd.nu(clock);
        BerichtSleutel sleutel = new BerichtSleutel(ronde.jaar, regio, financier.code(), reden, aanleiding, ontvanger.contactpersoon());
        BerichtInhoud inhoud = new BerichtInhoud(reden.code(), ronde.jaar, regio, regioNaam, financier.code(), financierNaam(financier),
                ontvanger.naam(), ontvanger.kopie(), aanNaam,
                ronde.vragen.stream().map(v -> new BerichtInhoud.VraagRegel(v.code, v.tekst, schaal(v.schaal, ronde.voldoendeGrens))).toList(),
                Tijd.utc(ronde.sluit), SLUIT.format(ronde.sluit.atZoneSameInstant(venster.tijdzone())),
                link(ronde.jaar, regio, financier), dagenTotSluiting, versie, antwoorden, divergent);
        Bericht bericht = new Bericht();
        bericht.id = sleutel.id();
        bericht.jaar = ronde.jaar;
        bericht.regio = regio;
        bericht.financier = financier.code();
        bericht.reden = reden;
        bericht.aanleiding = aanleiding;
        bericht.contactpersoon = ontvanger.contactpersoon();
        bericht.ontvangerNaam = ontvanger.naam();
        bericht.ontvangerRol = ontvanger.rol() == null ? "indiener" : ontvanger.rol().code();
        bericht.kopie = ontvanger.kopie();
        bericht.messageId = sleutel.messageId(config.messageIdDomein());
        try {
            bericht.inhoud = json.writeValueAsString(inhoud);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        bericht.status = BerichtStatus.WACHTEND;
        bericht.volgendePoging = nu;
        bericht.aangemaaktOp = nu;
        berichten.persist(bericht);
        return bericht;
    }

    /** The personal link to the answer form: the configured template with year, region and financier. */
    String link(int jaar, String regio, Financier financier) {
        return config.antwoordformulierUrl()
                .replace("{jaar}", Integer.toString(jaar))
                .replace("{regio}", URLEncoder.encode(regio, StandardCharsets.UTF_8))
                .replace("{financier}", financier.code());
    }

    /**
     * The regions of the round: those that exist during it. (Where the round keeps a fixed set of regions from
     * its opening day, this is the one place to read it from.)
     */
    /** The round's regions: its division, fixed when it opened (DESIGN §4), before any message is due. */
    private List<Indeling.Regio> regiosVanRonde(Ronde ronde) {
        return rondeRegios.vanRonde(ronde.jaar).stream().map(RondeRegio::alsRegio).toList();
    }

    /** Roles are judged today while the round runs, otherwise on its first or last day (as the voortgang does). */
    private LocalDate peildatum(Ronde ronde) {
        LocalDate van = ronde.opent.atZoneSameInstant(venster.tijdzone()).toLocalDate();
        LocalDate tot = ronde.sluit.atZoneSameInstant(venster.tijdzone()).toLocalDate();
        LocalDate vandaag = LocalDate.now(clock.withZone(venster.tijdzone()));
        return vandaag.isBefore(van) ? van : vandaag.isAfter(tot) ? tot : vandaag;
    }

    private Set<String> beantwoord(int jaar) {
        return antwoordsets.currentOfRound(jaar).stream().map(set -> set.regio + "/" + set.financier.code()).collect(Collectors.toSet());
    }

    private void bestaand(int jaar) {
        rondes.findByIdOptional(jaar).orElseThrow(() -> Weigering.nietGevonden("Er is geen ronde voor " + jaar + "."));
    }

    private static String financierNaam(Financier financier) {
        return switch (financier) {
            case GEMEENTEN -> "de gemeenten";
            case ZORGVERZEKERAAR -> "de zorgverzekeraar";
            case ZORGKANTOOR -> "het zorgkantoor";
        };
    }

    private static String schaal(Schaal schaal, int voldoendeGrens) {
        return schaal == Schaal.JA_NEE ? "ja of nee" : "rapportcijfer van 1 tot en met 10 (voldoende vanaf " + voldoendeGrens + ")";
    }

    private static String score(Vraag vraag, int score) {
        return vraag != null && vraag.schaal == Schaal.JA_NEE ? (score == 1 ? "ja" : "nee") : Integer.toString(score);
    }
}
