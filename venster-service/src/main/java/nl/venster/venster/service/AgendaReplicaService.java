package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.events.ProcessedEvents;
import nl.venster.venster.domain.ReplicaAfspraak;
import nl.venster.venster.domain.ReplicaAgenda;
import nl.venster.venster.repository.ReplicaAfspraakRepository;
import nl.venster.venster.repository.ReplicaAgendaRepository;

/**
 * Applies the registry's agenda snapshots to the replica of afspraken, idempotently (event id) and
 * order-independently (agenda version): a duplicate or an older snapshot changes nothing.
 */
@ApplicationScoped
public class AgendaReplicaService {

    private static final long VERWIJDERD = Long.MAX_VALUE;

    private final ReplicaAgendaRepository agendas;
    private final ReplicaAfspraakRepository afspraken;
    private final ProcessedEvents processedEvents;
    private final AuditLog audit;

    public AgendaReplicaService(ReplicaAgendaRepository agendas, ReplicaAfspraakRepository afspraken,
                                ProcessedEvents processedEvents, AuditLog audit) {
        this.agendas = agendas;
        this.afspraken = afspraken;
        this.processedEvents = processedEvents;
        this.audit = audit;
    }

    public record AfspraakSnapshot(UUID id) {
    }

    public record AgendaSnapshot(UUID id, String regio, List<AfspraakSnapshot> afspraken, long versie) {
    }

    @Transactional
    public void agendaGewijzigd(UUID eventId, String eventType, AgendaSnapshot snapshot) {
        if (!processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaAgenda agenda = agendas.findByIdOptional(snapshot.id()).orElse(null);
        if (agenda != null && snapshot.versie() <= agenda.versie) {
            return;
        }
        if (agenda == null) {
            agenda = new ReplicaAgenda();
            agenda.id = snapshot.id();
            agenda.regio = snapshot.regio();
            agenda.versie = snapshot.versie();
            agendas.persist(agenda);
        }
        agenda.regio = snapshot.regio();
        agenda.versie = snapshot.versie();
        afspraken.verwijderVanAgenda(agenda.id);
        afspraken.flush();
        for (AfspraakSnapshot afspraak : snapshot.afspraken()) {
            ReplicaAfspraak rij = new ReplicaAfspraak();
            rij.id = afspraak.id();
            rij.agendaId = agenda.id;
            rij.regio = snapshot.regio();
            afspraken.persist(rij);
        }
        audit.record("bijgewerkt", "replica-agenda", agenda.id.toString(),
                Map.of("versie", agenda.versie, "afspraken", snapshot.afspraken().size()));
    }

    /** The registry removed a concept agenda (the removal event, or the tombstone after it: eventId null). */
    @Transactional
    public void agendaVerwijderd(UUID eventId, String eventType, UUID id, String regio) {
        if (eventId != null && !processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaAgenda agenda = agendas.findByIdOptional(id).orElse(null);
        if (agenda != null && agenda.verwijderd) {
            return;
        }
        if (agenda == null) {
            agenda = new ReplicaAgenda();
            agenda.id = id;
            agenda.regio = regio == null ? "" : regio;
            agenda.verwijderd = true;
            agenda.versie = VERWIJDERD;
            agendas.persist(agenda);
        }
        afspraken.verwijderVanAgenda(id);
        agenda.verwijderd = true;
        agenda.versie = VERWIJDERD;
        audit.record("verwijderd", "replica-agenda", id.toString(), Map.of());
    }

    /** The region of a known afspraak. */
    public Optional<String> regioVanAfspraak(UUID afspraak) {
        return afspraken.findByIdOptional(afspraak).map(a -> a.regio);
    }
}
