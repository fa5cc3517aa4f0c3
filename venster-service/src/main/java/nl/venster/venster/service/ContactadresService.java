package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.events.ProcessedEvents;
import nl.venster.venster.domain.ReplicaContactadres;
import nl.venster.venster.domain.Tijd;
import nl.venster.venster.repository.BerichtRepository;
import nl.venster.venster.repository.ReplicaContactadresRepository;

/**
 * The e-mail addresses from the registry (register.contactadressen): idempotent by event id, ordered by
 * version. A removal (tombstone) erases the address here at once. Messages that found no address go back into
 * the queue when one arrives.
 */
@ApplicationScoped
public class ContactadresService {

    private final ReplicaContactadresRepository adressen;
    private final BerichtRepository berichten;
    private final ProcessedEvents processedEvents;
    private final AuditLog audit;
    private final Clock clock;

    public ContactadresService(ReplicaContactadresRepository adressen, BerichtRepository berichten, ProcessedEvents processedEvents,
                               AuditLog audit, Clock clock) {
        this.adressen = adressen;
        this.berichten = berichten;
        this.processedEvents = processedEvents;
        this.audit = audit;
        this.clock = clock;
    }

    public record Snapshot(UUID id, String email, long versie) {
    }

    @Transactional
    public void gewijzigd(UUID eventId, String eventType, Snapshot snapshot) {
        if (!processedEvents.firstDelivery(eventId, eventType)) {
            return;
        }
        ReplicaContactadres adres = adressen.findByIdOptional(snapshot.id()).orElse(null);
        if (adres != null && snapshot.versie() <= adres.versie) {
            return;
        }
        boolean nieuw = adres == null;
        if (nieuw) {
            adres = new ReplicaContactadres();
            adres.contactpersoon = snapshot.id();
        }
        adres.email = snapshot.email() == null || snapshot.email().isBlank() ? null : snapshot.email().trim();
        adres.versie = snapshot.versie();
        if (nieuw) {
            adressen.persist(adres);
        }
        int opnieuw = adres.email == null ? 0 : berichten.opnieuwInWachtrij(snapshot.id(), Tijd.nu(clock));
        // The audit trail records that an address is known, never the address.
        audit.record("bijgewerkt", "replica-contactadres", snapshot.id().toString(),
                Map.of("versie", adres.versie, "emailIngevuld", adres.email != null, "berichtenOpnieuw", opnieuw));
    }

    /** The registry removed the person: forget the address (messages already sent keep theirs as proof of delivery). */
    @Transactional
    public void verwijderd(UUID id) {
        if (adressen.deleteById(id)) {
            audit.record("verwijderd", "replica-contactadres", id.toString(), Map.of());
        }
    }
}
