package nl.venster.register.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.Outbox;
import nl.venster.conventions.events.Topics;
import nl.venster.register.domain.Agenda;
import nl.venster.register.domain.AgendaInhoud;
import nl.venster.register.repository.AfspraakRepository;

/**
 * Publishes agenda snapshots (openapi/asyncapi.yaml, topic register.agendas) through the outbox. The record key
 * is the agenda id: an agenda is the aggregate, and on the compacted topic every agenda a region ever had keeps
 * its latest snapshot (a region key would let compaction drop its earlier agendas, which the history needs).
 */
@ApplicationScoped
public class AgendaEvents {

    public static final String TOPIC_AGENDAS = Topics.AGENDAS;
    public static final String AGENDA_GEWIJZIGD = EventTypes.AGENDA_GEWIJZIGD;
    public static final String AGENDA_VERWIJDERD = EventTypes.AGENDA_VERWIJDERD;

    private final Outbox outbox;
    private final AfspraakRepository afspraken;

    public AgendaEvents(Outbox outbox, AfspraakRepository afspraken) {
        this.outbox = outbox;
        this.afspraken = afspraken;
    }

    /** The progress log itself stays in the registry (it only grows); the snapshot carries its size and last date. */
    public record AfspraakSnapshot(UUID id, String thema, String omschrijving, UUID trekker, List<String> financiers,
                                   LocalDate geplandeStart, LocalDate geplandEinde, String status, int voortgangAantal,
                                   LocalDate laatsteVoortgang, long versie) {
    }

    public record AgendaSnapshot(UUID id, String regio, String titel, LocalDate looptijdVanaf, LocalDate looptijdTot,
                                 String gedeeldeAmbitie, String status, LocalDate vastgesteldOp, String vastgesteldDoor,
                                 LocalDate afgelopenOp, List<AgendaInhoud.BetrokkenPartij> betrokkenPartijen,
                                 List<AgendaInhoud.ThemaInhoud> themas, List<AfspraakSnapshot> afspraken, long versie) {
    }

    public record AgendaVerwijderd(UUID id, String regio, long versie) {
    }

    /** The agenda after the change, with every afspraak; the caller has already raised its {@code versie}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agendaGewijzigd(Agenda agenda) {
        afspraken.flush();
        List<AfspraakSnapshot> lijst = afspraken.vanAgenda(agenda.id).stream()
                .map(a -> new AfspraakSnapshot(a.id, a.thema, a.omschrijving, a.trekker, List.copyOf(a.financiers),
                        a.geplandeStart, a.geplandEinde, a.status, a.voortgangAantal, a.laatsteVoortgang, a.versie))
                .toList();
        AgendaSnapshot snapshot = new AgendaSnapshot(agenda.id, agenda.regio, agenda.titel, agenda.looptijdVanaf,
                agenda.looptijdTot, agenda.gedeeldeAmbitie, agenda.status, agenda.vastgesteldOp, agenda.vastgesteldDoor,
                agenda.afgelopenOp, List.copyOf(agenda.betrokkenPartijen), List.copyOf(agenda.themas), lijst, agenda.versie);
        outbox.publish(TOPIC_AGENDAS, agenda.id.toString(), AGENDA_GEWIJZIGD, "agenda/" + agenda.id, agenda.versie, snapshot);
    }

    /** A removed concept: a removal event with the final version, then a tombstone so compaction forgets the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agendaVerwijderd(UUID id, String regio, long versie) {
        outbox.publish(TOPIC_AGENDAS, id.toString(), AGENDA_VERWIJDERD, "agenda/" + id, versie, new AgendaVerwijderd(id, regio, versie));
        outbox.tombstone(TOPIC_AGENDAS, id.toString());
    }
}
