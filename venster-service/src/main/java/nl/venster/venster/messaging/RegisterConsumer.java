package nl.venster.venster.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.conventions.events.EventTypes;
import nl.venster.venster.domain.ReplicaRegio;
import nl.venster.venster.service.AgendaReplicaService;
import nl.venster.venster.service.ContactadresService;
import nl.venster.venster.service.ReplicaService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the replica from the registry's topics. Each record is applied in one transaction (the
 * service's) and acknowledged only afterwards, so a crash re-delivers it and the event id makes that harmless.
 */
@ApplicationScoped
public class RegisterConsumer {

    static final String REGIO_GEWIJZIGD = EventTypes.REGIO_GEWIJZIGD;
    static final String CONTACTPERSOON_GEWIJZIGD = EventTypes.CONTACTPERSOON_GEWIJZIGD;
    static final String CONTACTPERSOON_VERWIJDERD = EventTypes.CONTACTPERSOON_VERWIJDERD;
    static final String AGENDA_GEWIJZIGD = EventTypes.AGENDA_GEWIJZIGD;
    static final String AGENDA_VERWIJDERD = EventTypes.AGENDA_VERWIJDERD;
    static final String CONTACTADRES_GEWIJZIGD = EventTypes.CONTACTADRES_GEWIJZIGD;

    private static final Logger LOG = Logger.getLogger(RegisterConsumer.class);
    private static final int MAX_POGINGEN = 10;

    private final ReplicaService replica;
    private final AgendaReplicaService agendaReplica;
    private final ContactadresService adressen;
    // Tolerant reader: the registry may add fields to its snapshots without breaking this consumer.
    private final ObjectMapper reader;

    public RegisterConsumer(ReplicaService replica, AgendaReplicaService agendaReplica, ContactadresService adressen,
                            ObjectMapper objectMapper) {
        this.replica = replica;
        this.agendaReplica = agendaReplica;
        this.adressen = adressen;
        this.reader = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming("regios")
    @Blocking
    public void regio(ConsumerRecord<String, String> record) {
        metHerhaling(record, () -> applyRegio(record));
    }

    @Incoming("contactpersonen")
    @Blocking
    public void contactpersoon(ConsumerRecord<String, String> record) {
        metHerhaling(record, () -> applyContactpersoon(record));
    }

    @Incoming("contactadressen")
    @Blocking
    public void contactadres(ConsumerRecord<String, String> record) {
        metHerhaling(record, () -> applyContactadres(record));
    }

    @Incoming("agendas")
    @Blocking
    public void agenda(ConsumerRecord<String, String> record) {
        metHerhaling(record, () -> applyAgenda(record));
    }

    /**
     * A transient failure (database away) is retried for a while; if it persists the exception stops the
     * channel without acknowledging, so the record is delivered again after a restart, never skipped.
     */
    private static void metHerhaling(ConsumerRecord<String, String> record, Runnable apply) {
        long wacht = 200;
        for (int poging = 1; ; poging++) {
            try {
                apply.run();
                return;
            } catch (RuntimeException e) {
                if (poging == MAX_POGINGEN) {
                    LOG.errorf("Record %s-%d@%d kon na %d pogingen niet worden verwerkt: %s", record.topic(), record.partition(),
                            record.offset(), poging, e.getMessage());
                    throw e;
                }
                LOG.warnf("Record %s-%d@%d niet verwerkt (poging %d), opnieuw: %s", record.topic(), record.partition(),
                        record.offset(), poging, e.getMessage());
                try {
                    Thread.sleep(wacht);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wacht = Math.min(wacht * 2, 10_000);
            }
        }
    }

    private void applyRegio(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                replica.regioVerwijderd(record.key());
            }
            return;
        }
        CloudEvent event = parse(record);
        if (event == null || !REGIO_GEWIJZIGD.equals(event.type())) {
            return;
        }
        ReplicaService.RegioSnapshot snapshot = data(record, event, ReplicaService.RegioSnapshot.class);
        if (snapshot == null || snapshot.code() == null || snapshot.naam() == null || snapshot.geldigVanaf() == null) {
            LOG.warnf("Regio-event %s zonder code, naam of geldigVanaf overgeslagen", event.id());
            return;
        }
        replica.regioGewijzigd(eventId(event), event.type(), withVersion(snapshot, event));
    }

    private void applyContactpersoon(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            UUID id = uuid(record.key());
            if (id != null) {
                replica.contactpersoonVerwijderd(null, null, id, null);
            }
            return;
        }
        CloudEvent event = parse(record);
        if (event == null) {
            return;
        }
        if (CONTACTPERSOON_VERWIJDERD.equals(event.type())) {
            UUID id = event.data() == null ? null : uuid(event.data().path("id").asText(null));
            if (id == null) {
                LOG.warnf("Verwijder-event %s zonder geldig id overgeslagen", event.id());
                return;
            }
            replica.contactpersoonVerwijderd(eventId(event), event.type(), id, event.version());
        } else if (CONTACTPERSOON_GEWIJZIGD.equals(event.type())) {
            ReplicaService.ContactpersoonSnapshot snapshot = data(record, event, ReplicaService.ContactpersoonSnapshot.class);
            if (snapshot == null || snapshot.id() == null || snapshot.subject() == null || snapshot.rollen() == null
                    || snapshot.rollen().stream().anyMatch(rol -> rol == null || rol.id() == null || rol.regio() == null
                    || rol.financier() == null || rol.rol() == null || rol.vanaf() == null)) {
                LOG.warnf("Contactpersoon-event %s onvolledig, overgeslagen", event.id());
                return;
            }
            replica.contactpersoonGewijzigd(eventId(event), event.type(), new ReplicaService.ContactpersoonSnapshot(
                    snapshot.id(), snapshot.naam() == null ? "" : snapshot.naam(), snapshot.subject(), snapshot.rollen(),
                    event.version() > 0 ? event.version() : snapshot.versie()));
        }
    }

    private void applyContactadres(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            UUID id = uuid(record.key());
            if (id != null) {
                adressen.verwijderd(id);
            }
            return;
        }
        CloudEvent event = parse(record);
        if (event == null || !CONTACTADRES_GEWIJZIGD.equals(event.type())) {
            return;
        }
        ContactadresService.Snapshot snapshot = data(record, event, ContactadresService.Snapshot.class);
        if (snapshot == null || snapshot.id() == null) {
            LOG.warnf("Contactadres-event %s zonder id overgeslagen", event.id());
            return;
        }
        adressen.gewijzigd(eventId(event), event.type(), new ContactadresService.Snapshot(snapshot.id(), snapshot.email(),
                event.version() > 0 ? event.version() : snapshot.versie()));
    }

    private void applyAgenda(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            UUID id = uuid(record.key());
            if (id != null) {
                agendaReplica.agendaVerwijderd(null, null, id, null);
            }
            return;
        }
        CloudEvent event = parse(record);
        if (event == null) {
            return;
        }
        if (AGENDA_VERWIJDERD.equals(event.type())) {
            UUID id = event.data() == null ? null : uuid(event.data().path("id").asText(null));
            if (id == null) {
                LOG.warnf("Agenda-verwijder-event %s zonder geldig id overgeslagen", event.id());
                return;
            }
            agendaReplica.agendaVerwijderd(eventId(event), event.type(), id, event.data().path("regio").asText(null));
        } else if (AGENDA_GEWIJZIGD.equals(event.type())) {
            AgendaReplicaService.AgendaSnapshot snapshot = data(record, event, AgendaReplicaService.AgendaSnapshot.class);
            if (snapshot == null || snapshot.id() == null || snapshot.regio() == null || snapshot.afspraken() == null
                    || snapshot.afspraken().stream().anyMatch(a -> a == null || a.id() == null)) {
                LOG.warnf("Agenda-event %s onvolledig, overgeslagen", event.id());
                return;
            }
            agendaReplica.agendaGewijzigd(eventId(event), event.type(), new AgendaReplicaService.AgendaSnapshot(snapshot.id(),
                    snapshot.regio(), snapshot.afspraken(), event.version() > 0 ? event.version() : snapshot.versie()));
        }
    }

    private ReplicaService.RegioSnapshot withVersion(ReplicaService.RegioSnapshot snapshot, CloudEvent event) {
        long versie = event.version() > 0 ? event.version() : snapshot.versie();
        // A membership without gemeente or start date cannot be placed on a date; it is left out.
        List<ReplicaRegio.Lid> leden = snapshot.leden() == null ? null : snapshot.leden().stream()
                .filter(lid -> lid != null && lid.gemeentecode() != null && lid.vanaf() != null).toList();
        return new ReplicaService.RegioSnapshot(snapshot.code(), snapshot.naam(), snapshot.zorgkantoorregio(),
                snapshot.geldigVanaf(), snapshot.geldigTot(), leden, versie);
    }

    /** A malformed record cannot become valid by retrying; it is logged and skipped so the partition moves on. */
    private CloudEvent parse(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = reader.readValue(record.value(), CloudEvent.class);
            if (event.type() == null || uuid(event.id()) == null) {
                LOG.warnf("Record zonder type of geldig id overgeslagen (%s-%d@%d)", record.topic(), record.partition(), record.offset());
                return null;
            }
            return event;
        } catch (Exception e) {
            LOG.warnf("Onleesbaar record overgeslagen (%s-%d@%d)", record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private <T> T data(ConsumerRecord<String, String> record, CloudEvent event, Class<T> type) {
        JsonNode data = event.data();
        try {
            return data == null ? null : reader.treeToValue(data, type);
        } catch (Exception e) {
            LOG.warnf("Onleesbare data in %s overgeslagen (%s-%d@%d)", event.id(), record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private static UUID eventId(CloudEvent event) {
        return uuid(event.id());
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
