package nl.venster.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Voorwaarde;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.register.domain.Afspraak;
import nl.venster.register.domain.Agenda;
import nl.venster.register.domain.AgendaInhoud;
import nl.venster.register.domain.AgendaRegels;
import nl.venster.register.domain.Geldigheid;
import nl.venster.register.domain.Kalender;
import nl.venster.register.domain.Regio;
import nl.venster.register.domain.Voortgang;
import nl.venster.register.events.AgendaEvents;
import nl.venster.register.repository.AfspraakRepository;
import nl.venster.register.repository.AgendaRepository;
import nl.venster.register.repository.ContactpersoonRepository;
import nl.venster.register.repository.RegioRepository;
import nl.venster.register.repository.RoltoewijzingRepository;
import nl.venster.register.repository.VoortgangRepository;

/**
 * The samenwerkingsagenda (DESIGN.md §7). Every change: the caller's right first (403), then the version
 * (428/412), then the input (400 listing every field), then the rules (409); only then anything is written,
 * with an audit entry and the agenda's new snapshot in the outbox, in one transaction.
 */
@ApplicationScoped
public class AgendaService {

    private final AgendaRepository agendas;
    private final AfspraakRepository afspraken;
    private final VoortgangRepository voortgang;
    private final RegioRepository regios;
    private final ContactpersoonRepository contactpersonen;
    private final RoltoewijzingRepository rollen;
    private final AgendaToegang toegang;
    private final AgendaEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public AgendaService(AgendaRepository agendas, AfspraakRepository afspraken, VoortgangRepository voortgang,
                         RegioRepository regios, ContactpersoonRepository contactpersonen, RoltoewijzingRepository rollen,
                         AgendaToegang toegang, AgendaEvents events, AuditLog audit, Clock clock) {
        this.agendas = agendas;
        this.afspraken = afspraken;
        this.voortgang = voortgang;
        this.regios = regios;
        this.contactpersonen = contactpersonen;
        this.rollen = rollen;
        this.toegang = toegang;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading

    public Agenda agenda(UUID id) {
        return agendas.findByIdOptional(id)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen agenda met id " + id + "."));
    }

    /** The region's agendas, newest first; with a date only the one in force then, with a status only those. */
    public List<Agenda> agendasVanRegio(String regio, String status, LocalDate vanKrachtOp) {
        if (regios.findByIdOptional(regio).isEmpty()) {
            throw Weigering.nietGevonden("Er is geen regio met code " + regio + ".");
        }
        return agendas.vanRegio(regio).stream()
                .filter(a -> status == null || a.status.equals(status))
                .filter(a -> vanKrachtOp == null || AgendaRegels.vanKrachtOp(a, vanKrachtOp))
                .toList();
    }

    /** The agenda's afspraken with their trekkers' names: one query. */
    public List<AfspraakRepository.MetTrekker> afspraken(UUID agenda) {
        return afspraken.vanAgendaMetTrekker(agenda);
    }

    public Afspraak afspraak(UUID id) {
        return afspraken.findByIdOptional(id)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen afspraak met id " + id + "."));
    }

    public String naamVan(UUID contactpersoon) {
        return afspraken.namen(Set.of(contactpersoon)).get(contactpersoon);
    }

    public List<Voortgang> voortgang(UUID afspraak, int offset, int aantal) {
        return voortgang.vanAfspraak(afspraak, offset, aantal);
    }

    // --- the agenda

    @Transactional
    public Agenda maak(String regioCode, AgendaOpdrachten.Agenda invoer) {
        toegang.controleerBewerken(regioCode);
        Regio regio = vergrendelRegio(regioCode);
        InputValidation validation = new InputValidation();
        valideer(regio, invoer, validation);
        validation.throwIfInvalid();
        Agenda agenda = new Agenda();
        agenda.id = UUID.randomUUID();
        agenda.regio = regioCode;
        agenda.status = AgendaRegels.CONCEPT;
        neemOver(agenda, invoer);
        agenda.versie = 1;
        agendas.persist(agenda);
        events.agendaGewijzigd(agenda);
        audit.record("aangemaakt", "agenda", agenda.id.toString(), gegevens(agenda));
        return agenda;
    }

    @Transactional
    public Agenda wijzig(UUID id, AgendaOpdrachten.Agenda invoer, String ifMatch) {
        Agenda agenda = vergrendel(id, ifMatch);
        weigerAfgelopen(agenda);
        Regio regio = regios.findById(agenda.regio);
        InputValidation validation = new InputValidation();
        valideer(regio, invoer, validation);
        Set<String> themas = new HashSet<>();
        invoer.themas().forEach(t -> themas.add(t.thema()));
        afspraken.vanAgenda(id).stream().map(a -> a.thema).distinct().filter(t -> !themas.contains(t)).forEach(t ->
                validation.add("themas", "thema " + t + " heeft afspraken en kan niet vervallen"));
        validation.throwIfInvalid();
        if (AgendaRegels.isVastgesteld(agenda.status)) {
            weigerOverlap(agenda, AgendaRegels.periode(invoer.looptijdVanaf(), invoer.looptijdTot(), agenda.afgelopenOp));
        }
        Map<String, Object> voor = gegevens(agenda);
        neemOver(agenda, invoer);
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("gewijzigd", "agenda", id.toString(), Map.of("voor", voor, "na", gegevens(agenda)));
        return agenda;
    }

    /** Concept → vastgesteld; refused (409) when another adopted agenda of the region overlaps its looptijd. */
    @Transactional
    public Agenda stelVast(UUID id, AgendaOpdrachten.Vaststelling invoer, String ifMatch) {
        Agenda agenda = vergrendel(id, ifMatch);
        InputValidation validation = new InputValidation();
        validation.require(!invoer.vastgesteldOp().isAfter(Kalender.vandaag(clock)), "vastgesteldOp", "ligt in de toekomst");
        validation.throwIfInvalid();
        if (!AgendaRegels.CONCEPT.equals(agenda.status)) {
            throw Weigering.conflict("Alleen een conceptagenda kan worden vastgesteld; deze is " + agenda.status + ".");
        }
        weigerOverlap(agenda, agenda.periode());
        agenda.status = AgendaRegels.VASTGESTELD;
        agenda.vastgesteldOp = invoer.vastgesteldOp();
        agenda.vastgesteldDoor = invoer.vastgesteldDoor();
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("vastgesteld", "agenda", id.toString(), Map.of("vastgesteldOp", invoer.vastgesteldOp().toString(),
                "vastgesteldDoor", invoer.vastgesteldDoor()));
        return agenda;
    }

    /** Vastgesteld → afgelopen on a date; an end before the looptijd's end frees the rest for a next agenda. */
    @Transactional
    public Agenda beeindig(UUID id, AgendaOpdrachten.Beeindiging invoer, String ifMatch) {
        Agenda agenda = vergrendel(id, ifMatch);
        InputValidation validation = new InputValidation();
        validation.require(invoer.afgelopenOp().isAfter(agenda.looptijdVanaf), "afgelopenOp", "moet na het begin van de looptijd liggen");
        validation.require(agenda.vastgesteldOp == null || !invoer.afgelopenOp().isBefore(agenda.vastgesteldOp), "afgelopenOp",
                "ligt vóór de vaststelling");
        validation.throwIfInvalid();
        if (!AgendaRegels.VASTGESTELD.equals(agenda.status)) {
            throw Weigering.conflict("Alleen een vastgestelde agenda kan aflopen; deze is " + agenda.status + ".");
        }
        agenda.status = AgendaRegels.AFGELOPEN;
        agenda.afgelopenOp = invoer.afgelopenOp();
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("afgelopen", "agenda", id.toString(), Map.of("afgelopenOp", invoer.afgelopenOp().toString()));
        return agenda;
    }

    /** Only a concept disappears (with its afspraken); an adopted agenda is history and stays. */
    @Transactional
    public void verwijder(UUID id, String ifMatch) {
        Agenda agenda = vergrendel(id, ifMatch);
        if (!AgendaRegels.CONCEPT.equals(agenda.status)) {
            throw Weigering.conflict("Een vastgestelde of afgelopen agenda blijft bewaard; alleen een concept kan worden verwijderd.");
        }
        Map<String, Object> gegevens = gegevens(agenda);
        voortgang.delete("afspraak in (select a.id from Afspraak a where a.agenda = ?1)", id);
        afspraken.delete("agenda", id);
        agendas.delete(agenda);
        events.agendaVerwijderd(agenda.id, agenda.regio, agenda.versie + 1);
        audit.record("verwijderd", "agenda", id.toString(), gegevens);
    }

    // --- afspraken

    @Transactional
    public Afspraak maakAfspraak(UUID agendaId, AgendaOpdrachten.Afspraak invoer) {
        Agenda agenda = agenda(agendaId);
        toegang.controleerBewerken(agenda.regio);
        agenda = agendas.findById(agendaId, LockModeType.PESSIMISTIC_WRITE);
        weigerAfgelopen(agenda);
        InputValidation validation = new InputValidation();
        valideer(agenda, invoer, validation);
        validation.throwIfInvalid();
        Afspraak afspraak = new Afspraak();
        afspraak.id = UUID.randomUUID();
        afspraak.agenda = agendaId;
        neemOver(afspraak, invoer);
        afspraak.status = invoer.status() == null ? "gepland" : invoer.status();
        afspraak.versie = 1;
        afspraken.persist(afspraak);
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("aangemaakt", "afspraak", afspraak.id.toString(), gegevens(afspraak));
        return afspraak;
    }

    @Transactional
    public Afspraak wijzigAfspraak(UUID id, AgendaOpdrachten.Afspraak invoer, String ifMatch) {
        Bewerking bewerking = afspraakBewerken(id, ifMatch);
        Agenda agenda = bewerking.agenda();
        Afspraak afspraak = bewerking.afspraak();
        weigerAfgelopen(agenda);
        InputValidation validation = new InputValidation();
        valideer(agenda, invoer, validation);
        validation.throwIfInvalid();
        Map<String, Object> voor = gegevens(afspraak);
        neemOver(afspraak, invoer);
        if (invoer.status() != null) {
            afspraak.status = invoer.status();
        }
        afspraak.versie++;
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("gewijzigd", "afspraak", id.toString(), Map.of("voor", voor, "na", gegevens(afspraak)));
        return afspraak;
    }

    /** An afspraak about to change, with its agenda, both locked. */
    private record Bewerking(Agenda agenda, Afspraak afspraak) {
    }

    /**
     * The one order for changing an afspraak: who may (403) before anything is locked, then agenda and afspraak
     * locked, then the If-Match (428/412) against the locked version.
     */
    private Bewerking afspraakBewerken(UUID id, String ifMatch) {
        Afspraak afspraak = afspraak(id);
        toegang.controleerBewerken(agenda(afspraak.agenda).regio);
        Agenda agenda = agendas.findById(afspraak.agenda, LockModeType.PESSIMISTIC_WRITE);
        afspraak = afspraken.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Voorwaarde.controleer(ifMatch, afspraak.versie, "de afspraak");
        return new Bewerking(agenda, afspraak);
    }

    /** Appends a dated entry to the progress log; with a status the afspraak takes it. The log never changes. */
    @Transactional
    public Voortgang voegVoortgangToe(UUID afspraakId, AgendaOpdrachten.Voortgang invoer, String ifMatch) {
        Bewerking bewerking = afspraakBewerken(afspraakId, ifMatch);
        Agenda agenda = bewerking.agenda();
        Afspraak afspraak = bewerking.afspraak();
        InputValidation validation = new InputValidation();
        validation.require(!invoer.datum().isAfter(Kalender.vandaag(clock)), "datum", "ligt in de toekomst");
        validation.require(afspraak.laatsteVoortgang == null || !invoer.datum().isBefore(afspraak.laatsteVoortgang), "datum",
                "ligt vóór de laatste voortgangsmelding (" + afspraak.laatsteVoortgang + "); het logboek loopt vooruit");
        validation.throwIfInvalid();
        weigerAfgelopen(agenda);
        Voortgang melding = new Voortgang();
        melding.afspraak = afspraakId;
        melding.volgnummer = afspraak.voortgangAantal + 1;
        melding.datum = invoer.datum();
        melding.toelichting = invoer.toelichting();
        melding.status = invoer.status() == null ? afspraak.status : invoer.status();
        melding.vastgelegdDoor = toegang.subject();
        voortgang.persist(melding);
        afspraak.status = melding.status;
        afspraak.voortgangAantal = melding.volgnummer;
        afspraak.laatsteVoortgang = melding.datum;
        afspraak.versie++;
        agenda.versie++;
        events.agendaGewijzigd(agenda);
        audit.record("voortgang", "afspraak", afspraakId.toString(), Map.of("volgnummer", melding.volgnummer,
                "datum", melding.datum.toString(), "status", melding.status, "toelichting", melding.toelichting));
        voortgang.flush();
        voortgang.getEntityManager().refresh(melding);
        return melding;
    }

    // --- rules

    /** Finds, authorises, locks (region first, as every writer, then the agenda) and checks If-Match. */
    private Agenda vergrendel(UUID id, String ifMatch) {
        Agenda agenda = agenda(id);
        toegang.controleerBewerken(agenda.regio);
        vergrendelRegio(agenda.regio);
        agenda = agendas.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agenda == null) {
            throw Weigering.nietGevonden("Er is geen agenda met id " + id + ".");
        }
        Voorwaarde.controleer(ifMatch, agenda.versie, "de agenda");
        return agenda;
    }

    private Regio vergrendelRegio(String code) {
        return regios.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen regio met code " + code + "."));
    }

    private static void weigerAfgelopen(Agenda agenda) {
        if (AgendaRegels.AFGELOPEN.equals(agenda.status)) {
            throw Weigering.conflict("Deze agenda is afgelopen op " + agenda.afgelopenOp + "; zij en haar afspraken "
                    + "veranderen niet meer.");
        }
    }

    /** At most one adopted agenda per region on any date (the caller holds the region lock). */
    private void weigerOverlap(Agenda agenda, AgendaRegels.Periode periode) {
        AgendaRegels.overlappend(agenda, periode, agendas.vanRegio(agenda.regio)).ifPresent(andere -> {
            throw Weigering.conflict("Regio " + agenda.regio + " heeft al een vastgestelde agenda in deze periode: \""
                    + andere.titel + "\" (" + andere.id + ", " + andere.periode().vanaf() + " tot " + andere.periode().tot()
                    + "). Per regio geldt op elke datum hoogstens één vastgestelde agenda; sluit die eerst af of kies een "
                    + "andere looptijd.");
        });
    }

    private static void valideer(Regio regio, AgendaOpdrachten.Agenda invoer, InputValidation validation) {
        validation.require(invoer.looptijdTot().isAfter(invoer.looptijdVanaf()), "looptijdTot", "moet na looptijdVanaf liggen");
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < invoer.themas().size(); i++) {
            String thema = invoer.themas().get(i).thema();
            validation.require(regio.themas.contains(thema), "themas[" + i + "].thema",
                    "geen thema van regio " + regio.code + " (" + String.join(", ", regio.themas) + ")");
            validation.require(gezien.add(thema), "themas[" + i + "].thema", "komt twee keer voor");
        }
    }

    private void valideer(Agenda agenda, AgendaOpdrachten.Afspraak invoer, InputValidation validation) {
        List<String> themas = agenda.themas.stream().map(AgendaInhoud.ThemaInhoud::thema).toList();
        validation.require(themas.contains(invoer.thema()), "thema",
                "geen thema van deze agenda (" + String.join(", ", themas) + ")");
        validation.require(invoer.financiers().stream().distinct().count() == invoer.financiers().size(), "financiers",
                "een financier komt twee keer voor");
        boolean planning = !invoer.geplandEinde().isBefore(invoer.geplandeStart());
        validation.require(planning, "geplandEinde", "ligt vóór geplandeStart");
        if (contactpersonen.findByIdOptional(invoer.trekker()).isEmpty()) {
            validation.add("trekker", "onbekende contactpersoon");
        } else if (planning) {
            LocalDate tot = invoer.geplandEinde().plusDays(1);
            boolean inRegio = rollen.vanContactpersoon(invoer.trekker()).stream().anyMatch(r -> r.regio.equals(agenda.regio)
                    && Geldigheid.overlappen(r.vanaf, r.tot, invoer.geplandeStart(), tot));
            validation.require(inRegio, "trekker", "heeft tijdens de geplande periode geen rol in regio " + agenda.regio);
        }
    }

    private static void neemOver(Agenda agenda, AgendaOpdrachten.Agenda invoer) {
        agenda.titel = invoer.titel();
        agenda.looptijdVanaf = invoer.looptijdVanaf();
        agenda.looptijdTot = invoer.looptijdTot();
        agenda.gedeeldeAmbitie = invoer.gedeeldeAmbitie();
        agenda.betrokkenPartijen = invoer.betrokkenPartijen();
        agenda.themas = invoer.themas();
    }

    private static void neemOver(Afspraak afspraak, AgendaOpdrachten.Afspraak invoer) {
        afspraak.thema = invoer.thema();
        afspraak.omschrijving = invoer.omschrijving();
        afspraak.trekker = invoer.trekker();
        afspraak.financiers = List.copyOf(invoer.financiers());
        afspraak.geplandeStart = invoer.geplandeStart();
        afspraak.geplandEinde = invoer.geplandEinde();
    }

    private static Map<String, Object> gegevens(Agenda a) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("regio", a.regio);
        gegevens.put("titel", a.titel);
        gegevens.put("looptijdVanaf", a.looptijdVanaf.toString());
        gegevens.put("looptijdTot", a.looptijdTot.toString());
        gegevens.put("status", a.status);
        gegevens.put("gedeeldeAmbitie", a.gedeeldeAmbitie);
        gegevens.put("betrokkenPartijen", new ArrayList<>(a.betrokkenPartijen));
        gegevens.put("themas", new ArrayList<>(a.themas));
        return gegevens;
    }

    private static Map<String, Object> gegevens(Afspraak a) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("agenda", a.agenda.toString());
        gegevens.put("thema", a.thema);
        gegevens.put("omschrijving", a.omschrijving);
        gegevens.put("trekker", a.trekker.toString());
        gegevens.put("financiers", List.copyOf(a.financiers));
        gegevens.put("geplandeStart", a.geplandeStart.toString());
        gegevens.put("geplandEinde", a.geplandEinde.toString());
        gegevens.put("status", a.status);
        return gegevens;
    }
}
