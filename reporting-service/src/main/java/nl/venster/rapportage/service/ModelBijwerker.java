package nl.venster.rapportage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.events.ProcessedEvents;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.AgendaFeit;
import nl.venster.rapportage.domain.AntwoordsetFeit;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.domain.OpvolgingFeit;
import nl.venster.rapportage.domain.RegioFeit;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.repository.AgendaRepository;
import nl.venster.rapportage.repository.AntwoordsetRepository;
import nl.venster.rapportage.repository.ModelVersieRepository;
import nl.venster.rapportage.repository.OpvolgingRepository;
import nl.venster.rapportage.repository.RegioRepository;
import nl.venster.rapportage.repository.RondeRepository;

/**
 * Applies events to the read model: stores each fact with its event id and aggregate version, then
 * recomputes the statuses they can affect — all in one transaction.
 */
@ApplicationScoped
public class ModelBijwerker {

    /**
     * Every change to the model holds this PostgreSQL advisory lock for its transaction. It serialises the
     * consumers of the four topics (their recomputations read each other's facts) and the rebuild, also
     * across several instances of the service.
     */
    private static final long MODEL_LOCK = 0x7261707061L;

    private final ProcessedEvents processedEvents;
    private final RegioRepository regios;
    private final RondeRepository rondes;
    private final AntwoordsetRepository antwoordsets;
    private final OpvolgingRepository opvolgingen;
    private final StatusHerberekening herberekening;
    private final ModelVersieRepository modelVersie;
    private final AgendaRepository agendas;

    public ModelBijwerker(ProcessedEvents processedEvents, RegioRepository regios, RondeRepository rondes,
                          AntwoordsetRepository antwoordsets, OpvolgingRepository opvolgingen,
                          StatusHerberekening herberekening, ModelVersieRepository modelVersie, AgendaRepository agendas) {
        this.processedEvents = processedEvents;
        this.regios = regios;
        this.rondes = rondes;
        this.antwoordsets = antwoordsets;
        this.opvolgingen = opvolgingen;
        this.herberekening = herberekening;
        this.modelVersie = modelVersie;
        this.agendas = agendas;
    }

    /**
     * The live path: a polled batch of events in stream order in one transaction. Each fact is stored (or
     * skipped as duplicate or older) exactly as one by one; the statuses the stored facts affect are then
     * recomputed once and the model version raised once. Statuses are a function of the stored facts, so the
     * model equals the one of applying the events one by one.
     *
     * @return the outcome per event, in the given order
     */
    @Transactional
    public List<Toepassing> verwerk(List<ModelEvent> events) {
        vergrendelModel();
        // The batch's event ids and answer sets are looked up at once, not with a query per event: every
        // query would also make Hibernate dirty-check all entities the batch has loaded so far.
        Map<UUID, String> typePerId = new LinkedHashMap<>();
        events.stream().filter(g -> g.eventId() != null).forEach(g -> typePerId.putIfAbsent(g.eventId(), g.type()));
        Set<UUID> eersteLevering = processedEvents.firstDeliveries(typePerId);
        Map<SetSleutel, AntwoordsetFeit> sets = opgeslagenAntwoordsets(events);
        StatusHerberekening.Wijzigingen wijzigingen = new StatusHerberekening.Wijzigingen();
        List<Toepassing> uitkomsten = new ArrayList<>(events.size());
        for (ModelEvent event : events) {
            // A repeated id within the batch is a duplicate from its second occurrence on.
            boolean dubbel = event.eventId() != null && !eersteLevering.remove(event.eventId());
            Toepassing toepassing = dubbel ? Toepassing.DUBBEL : slaOp(event, sets);
            if (toepassing == Toepassing.TOEGEPAST) {
                noteerWijziging(event, wijzigingen);
            }
            uitkomsten.add(toepassing);
        }
        // The stored facts are read by queries from here on: written once, then no longer dirty-checked.
        regios.flush();
        regios.getEntityManager().clear();
        if (!wijzigingen.isLeeg()) {
            herberekening.herbereken(wijzigingen);
            modelVersie.verhoog();
        }
        return uitkomsten;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void vergrendelModel() {
        regios.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, MODEL_LOCK).getSingleResult();
    }

    /** Stores the fact unless it is a duplicate or older than what the model holds; no recomputation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Toepassing slaFeitOp(ModelEvent event) {
        if (event.eventId() != null && !processedEvents.firstDelivery(event.eventId(), event.type())) {
            return Toepassing.DUBBEL;
        }
        return slaOp(event, opgeslagenAntwoordsets(List.of(event)));
    }

    /** The answer set an event refers to: (jaar, regio, financier). */
    private record SetSleutel(int jaar, String regio, Financier financier) {
    }

    /** Every stored answer set the events' answer sets refer to; no query when there are none. */
    private Map<SetSleutel, AntwoordsetFeit> opgeslagenAntwoordsets(List<ModelEvent> events) {
        Set<Integer> jaren = new HashSet<>();
        Set<String> regiosVanSets = new HashSet<>();
        for (ModelEvent event : events) {
            if (event instanceof ModelEvent.AntwoordsetIngediend set) {
                jaren.add(set.jaar());
                regiosVanSets.add(set.regio());
            }
        }
        Map<SetSleutel, AntwoordsetFeit> sets = new HashMap<>();
        if (!jaren.isEmpty()) {
            antwoordsets.vanRondesEnRegios(jaren, regiosVanSets).forEach(set -> sets.put(new SetSleutel(set.jaar, set.regio, set.financier), set));
        }
        return sets;
    }

    /**
     * Stores the fact of an event seen for the first time unless the model holds this or a newer version;
     * {@code sets}: the stored answer sets the event can refer to, kept up to date.
     */
    private Toepassing slaOp(ModelEvent event, Map<SetSleutel, AntwoordsetFeit> sets) {
        if (event instanceof ModelEvent.RegioGewijzigd regio) {
            return slaOp(regio);
        }
        if (event instanceof ModelEvent.RondeGewijzigd ronde) {
            return slaOp(ronde);
        }
        if (event instanceof ModelEvent.AntwoordsetIngediend set) {
            return slaOp(set, sets);
        }
        if (event instanceof ModelEvent.OpvolgingVastgelegd opvolging) {
            return slaOp(opvolging);
        }
        if (event instanceof ModelEvent.AgendaGewijzigd agenda) {
            return slaOp(agenda);
        }
        if (event instanceof ModelEvent.AgendaVerwijderd verwijderd) {
            AgendaFeit agenda = agendas.findById(verwijderd.id());
            if (agenda == null || (verwijderd.eventId() != null && agenda.versie >= verwijderd.versie())) {
                return Toepassing.VEROUDERD;
            }
            agendas.delete(agenda);
            agendas.flush();
            return Toepassing.TOEGEPAST;
        }
        if (event instanceof ModelEvent.RegioVerwijderd verwijderd) {
            regios.deleteById(verwijderd.code());
        } else if (event instanceof ModelEvent.RondeVerwijderd verwijderd) {
            rondes.deleteById(verwijderd.jaar());
        }
        // Hibernate runs inserts before deletes at a flush: a snapshot of the same key later in the batch
        // would otherwise be inserted while the removed row is still there.
        regios.flush();
        return Toepassing.TOEGEPAST;
    }

    private static void noteerWijziging(ModelEvent event, StatusHerberekening.Wijzigingen wijzigingen) {
        if (event instanceof ModelEvent.RondeGewijzigd ronde) {
            wijzigingen.ronde(ronde.jaar());
        } else if (event instanceof ModelEvent.RondeVerwijderd ronde) {
            wijzigingen.ronde(ronde.jaar());
        } else if (event instanceof ModelEvent.AntwoordsetIngediend set) {
            wijzigingen.regioInRonde(set.jaar(), set.regio());
        } else if (event instanceof ModelEvent.OpvolgingVastgelegd opvolging) {
            wijzigingen.regioInRonde(opvolging.jaar(), opvolging.regio());
        } else if (event instanceof ModelEvent.RegioGewijzigd regio) {
            wijzigingen.regio(regio.code());
        } else if (event instanceof ModelEvent.RegioVerwijderd regio) {
            wijzigingen.regio(regio.code());
        } else if (event instanceof ModelEvent.AgendaGewijzigd agenda) {
            // The agenda shows in the region's reports: its rows are rewritten, so their caches see the change.
            wijzigingen.regio(agenda.regio());
        } else if (event instanceof ModelEvent.AgendaVerwijderd agenda && agenda.regio() != null) {
            wijzigingen.regio(agenda.regio());
        }
    }

    private Toepassing slaOp(ModelEvent.RegioGewijzigd event) {
        RegioFeit regio = regios.findById(event.code());
        if (regio != null && regio.versie >= event.versie()) {
            return Toepassing.VEROUDERD;
        }
        boolean nieuw = regio == null;
        if (nieuw) {
            regio = new RegioFeit();
            regio.code = event.code();
        }
        regio.naam = event.naam();
        regio.zorgkantoorregio = event.zorgkantoorregio();
        regio.geldigVanaf = event.geldigVanaf();
        regio.geldigTot = event.geldigTot();
        regio.leden = event.leden();
        regio.versie = event.versie();
        if (nieuw) {
            // Persisted only when complete: Hibernate takes the insert's values at persist time.
            regios.persist(regio);
        }
        return Toepassing.TOEGEPAST;
    }

    private Toepassing slaOp(ModelEvent.AgendaGewijzigd event) {
        AgendaFeit agenda = agendas.findById(event.id());
        if (agenda != null && agenda.versie >= event.versie()) {
            return Toepassing.VEROUDERD;
        }
        boolean nieuw = agenda == null;
        if (nieuw) {
            agenda = new AgendaFeit();
            agenda.id = event.id();
        }
        agenda.regio = event.regio();
        agenda.titel = event.titel();
        agenda.status = event.status();
        agenda.looptijdVanaf = event.looptijdVanaf();
        agenda.looptijdTot = event.looptijdTot();
        agenda.vastgesteldOp = event.vastgesteldOp();
        agenda.vastgesteldDoor = event.vastgesteldDoor();
        agenda.afgelopenOp = event.afgelopenOp();
        agenda.themas = List.copyOf(event.themas());
        agenda.versie = event.versie();
        if (nieuw) {
            agendas.persist(agenda);
        }
        return Toepassing.TOEGEPAST;
    }

    private Toepassing slaOp(ModelEvent.RondeGewijzigd event) {
        RondeFeit ronde = rondes.findById(event.jaar());
        if (ronde != null && ronde.versie >= event.versie()) {
            return Toepassing.VEROUDERD;
        }
        boolean nieuw = ronde == null;
        if (nieuw) {
            ronde = new RondeFeit();
            ronde.jaar = event.jaar();
        }
        ronde.status = event.status();
        ronde.opent = event.opent();
        ronde.sluit = event.sluit();
        ronde.vragen = List.copyOf(event.vragen());
        ronde.voldoendeGrens = event.voldoendeGrens();
        ronde.spreidingsGrens = event.spreidingsGrens();
        if (event.indeling() != null) {
            // Fixed once the round opened; an event without it (an older publisher) does not unfix it.
            ronde.indeling = List.copyOf(event.indeling());
        }
        ronde.versie = event.versie();
        if (nieuw) {
            rondes.persist(ronde);
        }
        return Toepassing.TOEGEPAST;
    }

    private Toepassing slaOp(ModelEvent.AntwoordsetIngediend event, Map<SetSleutel, AntwoordsetFeit> sets) {
        SetSleutel sleutel = new SetSleutel(event.jaar(), event.regio(), event.financier());
        AntwoordsetFeit set = sets.get(sleutel);
        if (set != null && set.versie >= event.versie()) {
            return Toepassing.VEROUDERD;
        }
        if (set == null) {
            set = new AntwoordsetFeit();
            set.jaar = event.jaar();
            set.regio = event.regio();
            set.financier = event.financier();
            sets.put(sleutel, set);
        }
        set.versie = event.versie();
        set.ingediendOp = event.ingediendOp();
        set.antwoorden = List.copyOf(event.antwoorden());
        antwoordsets.persist(set);
        return Toepassing.TOEGEPAST;
    }

    /** Follow-ups are append-only: every volgnummer is its own fact, so an earlier one arriving late still counts. */
    private Toepassing slaOp(ModelEvent.OpvolgingVastgelegd event) {
        if (opvolgingen.bestaat(event.jaar(), event.regio(), event.volgnummer()) || opvolgingen.findById(event.id()) != null) {
            return Toepassing.VEROUDERD;
        }
        OpvolgingFeit opvolging = new OpvolgingFeit();
        opvolging.id = event.id();
        opvolging.jaar = event.jaar();
        opvolging.regio = event.regio();
        opvolging.volgnummer = event.volgnummer();
        opvolging.soort = event.soort();
        opvolging.toelichting = event.toelichting();
        opvolging.vastgelegdOp = event.vastgelegdOp();
        opvolging.afspraak = event.afspraak();
        opvolgingen.persist(opvolging);
        return Toepassing.TOEGEPAST;
    }
}
