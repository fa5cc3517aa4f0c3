package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.events.ProcessedEvents;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.ReplicaRegio;
import nl.venster.venster.domain.ReplicaRol;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;
import nl.venster.venster.repository.ReplicaRegioRepository;

/**
 * Applies the registry's snapshots to the local replica, idempotently (event id) and order-independently
 * (per-aggregate version): a duplicate or an older snapshot changes nothing.
 */
@ApplicationScoped
public class ReplicaService {

    /** A removed aggregate's version: nothing delivered later may bring it back. */
    private static final long VERWIJDERD = Long.MAX_VALUE;

    private final ReplicaRegioRepository regios;
    private final ReplicaContactpersoonRepository contactpersonen;
    private final ProcessedEvents processedEvents;
    private final AuditLog audit;

    public ReplicaService(ReplicaRegioRepository regios, ReplicaContactpersoonRepository contactpersonen,
                          ProcessedEvents processedEvents, AuditLog audit) {
        this.regios = regios;
        this.contactpersonen = contactpersonen;
        this.processedEvents = processedEvents;
        this.audit = audit;
    }

    public record RegioSnapshot(String code, String naam, String zorgkantoorregio, LocalDate geldigVanaf, LocalDate geldigTot,
                                List<ReplicaRegio.Lid> leden, long versie) {
    }

    public record RolSnapshot(UUID id, String regio, String financier, String rol, LocalDate vanaf, LocalDate tot) {
    }

    public record ContactpersoonSnapshot(UUID id, String naam, String subject, List<RolSnapshot> rollen, long versie) {
    }

    @Transactional
    public void regioGewijzigd(UUID eventId, String eventType, RegioSnapshot snapshot) {
        if (!processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaRegio regio = regios.findByIdOptional(snapshot.code()).orElse(null);
        if (regio != null && snapshot.versie() <= regio.versie) {
            return;
        }
        boolean nieuw = regio == null;
        if (nieuw) {
            regio = new ReplicaRegio();
            regio.code = snapshot.code();
        }
        regio.naam = snapshot.naam();
        regio.zorgkantoorregio = snapshot.zorgkantoorregio();
        regio.leden = snapshot.leden() == null ? null : List.copyOf(snapshot.leden());
        regio.geldigVanaf = snapshot.geldigVanaf();
        regio.geldigTot = snapshot.geldigTot();
        regio.versie = snapshot.versie();
        if (nieuw) {
            // Hibernate inserts the state as it is at persist time, so the entity is complete first.
            regios.persist(regio);
        }
        audit.record("bijgewerkt", "replica-regio", regio.code, Map.of("versie", regio.versie));
    }

    @Transactional
    public void regioVerwijderd(String code) {
        ReplicaRegio regio = regios.findByIdOptional(code).orElse(null);
        if (regio == null || regio.verwijderd) {
            return;
        }
        regio.verwijderd = true;
        regio.versie = VERWIJDERD;
        audit.record("verwijderd", "replica-regio", code, Map.of());
    }

    @Transactional
    public void contactpersoonGewijzigd(UUID eventId, String eventType, ContactpersoonSnapshot snapshot) {
        if (!processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaContactpersoon contact = contactpersonen.findByIdOptional(snapshot.id()).orElse(null);
        if (contact != null && snapshot.versie() <= contact.versie) {
            return;
        }
        boolean nieuw = contact == null;
        if (nieuw) {
            contact = new ReplicaContactpersoon();
            contact.id = snapshot.id();
        }
        contact.naam = snapshot.naam();
        contact.subject = snapshot.subject();
        contact.versie = snapshot.versie();
        contact.rollen.clear();
        for (RolSnapshot rol : snapshot.rollen()) {
            contact.rollen.add(new ReplicaRol(rol.id(), rol.regio(), rol.financier(), rol.rol(), rol.vanaf(), rol.tot()));
        }
        if (nieuw) {
            contactpersonen.persist(contact);
        }
        audit.record("bijgewerkt", "replica-contactpersoon", contact.id.toString(),
                Map.of("versie", contact.versie, "rollen", contact.rollen.size()));
    }

    /** The registry removed the person (a verwijderd event with its version, or the tombstone after it). */
    @Transactional
    public void contactpersoonVerwijderd(UUID eventId, String eventType, UUID id, Long versie) {
        if (eventId != null && !processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaContactpersoon contact = contactpersonen.findByIdOptional(id).orElse(null);
        if (contact != null && contact.verwijderd) {
            return;
        }
        if (contact == null) {
            // Remember the removal, so a late older snapshot cannot create the person with roles again.
            contact = new ReplicaContactpersoon();
            contact.id = id;
            contact.naam = "";
            contact.subject = "";
            contact.verwijderd = true;
            contact.versie = VERWIJDERD;
            contactpersonen.persist(contact);
        }
        contact.verwijderd = true;
        contact.versie = VERWIJDERD;
        contact.rollen.clear();
        audit.record("verwijderd", "replica-contactpersoon", id.toString(), versie == null ? Map.of() : Map.of("versie", versie));
    }
}
