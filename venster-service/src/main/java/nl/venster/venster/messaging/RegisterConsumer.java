package nl.venster.venster.messaging;

import static nl.venster.conventions.events.EventTypes.AGENDA_VERWIJDERD;
import static nl.venster.conventions.events.EventTypes.CONTACTPERSOON_VERWIJDERD;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.conventions.events.ConsumerFailures;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.OnbekendEventType;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.conventions.events.Topics;
import nl.venster.venster.service.AgendaReplicaService;
import nl.venster.venster.service.ContactadresService;
import nl.venster.venster.service.ReplicaService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the replica from the registry's topics. Each record is applied in one transaction (the service's) and
 * acknowledged only afterwards, so a crash re-delivers it and the event id makes that harmless. Failures follow
 * the consumer failure policy ({@link ConsumerFailures}): a record that can never be applied (unreadable,
 * without type or id, of another topic's type, incomplete) goes to {@code venster.dead-letter} with the reason,
 * an event type the contract does not have is counted and passed over, anything else is retried until it goes
 * through.
 */
@ApplicationScoped
public class RegisterConsumer {

    private final ReplicaService replica;
    private final AgendaReplicaService agendaReplica;
    private final ContactadresService adressen;
    private final ConsumerFailures failures;
    // Tolerant reader: the registry may add fields to its snapshots without breaking this consumer.
    private final ObjectMapper reader;

    public RegisterConsumer(ReplicaService replica, AgendaReplicaService agendaReplica, ContactadresService adressen,
                            ConsumerFailures failures, ObjectMapper objectMapper) {
        this.replica = replica;
        this.agendaReplica = agendaReplica;
        this.adressen = adressen;
        this.failures = failures;
        this.reader = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Incoming("regios")
    @Blocking
    public void regio(ConsumerRecord<String, String> record) {
        failures.apply(record, this::applyRegio);
    }

    @Incoming("contactpersonen")
    @Blocking
    public void contactpersoon(ConsumerRecord<String, String> record) {
        failures.apply(record, this::applyContactpersoon);
    }

    @Incoming("contactadressen")
    @Blocking
    public void contactadres(ConsumerRecord<String, String> record) {
        failures.apply(record, this::applyContactadres);
    }

    @Incoming("agendas")
    @Blocking
    public void agenda(ConsumerRecord<String, String> record) {
        failures.apply(record, this::applyAgenda);
    }

    private void applyRegio(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            if (record.key() == null) {
                throw new OngeldigEvent("lege waarde (tombstone) zonder sleutel");
            }
            replica.regioVerwijderd(record.key());
            return;
        }
        CloudEvent event = parse(record, Topics.REGIOS);
        ReplicaService.RegioSnapshot snapshot = data(event, ReplicaService.RegioSnapshot.class);
        if (snapshot.code() == null || snapshot.naam() == null || snapshot.geldigVanaf() == null) {
            throw new OngeldigEvent("onvolledige regio-snapshot: code, naam of geldigVanaf ontbreekt");
        }
        if (snapshot.leden() != null && snapshot.leden().stream().anyMatch(lid -> lid == null || lid.gemeentecode() == null || lid.vanaf() == null)) {
            // A membership without gemeente or start date cannot be placed on a date.
            throw new OngeldigEvent("onvolledige regio-snapshot: een lid zonder gemeentecode of vanaf");
        }
        replica.regioGewijzigd(eventId(event), event.type(), withVersion(snapshot, event));
    }

    private void applyContactpersoon(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            replica.contactpersoonVerwijderd(null, null, sleutel(record), null);
            return;
        }
        CloudEvent event = parse(record, Topics.CONTACTPERSONEN);
        if (CONTACTPERSOON_VERWIJDERD.equals(event.type())) {
            replica.contactpersoonVerwijderd(eventId(event), event.type(), dataId(event), event.version());
            return;
        }
        ReplicaService.ContactpersoonSnapshot snapshot = data(event, ReplicaService.ContactpersoonSnapshot.class);
        if (snapshot.id() == null || snapshot.subject() == null || snapshot.rollen() == null
                || snapshot.rollen().stream().anyMatch(rol -> rol == null || rol.id() == null || rol.regio() == null
                || rol.financier() == null || rol.rol() == null || rol.vanaf() == null)) {
            throw new OngeldigEvent("onvolledige contactpersoon-snapshot: id, subject of een rol (id, regio, financier, rol, vanaf) ontbreekt");
        }
        replica.contactpersoonGewijzigd(eventId(event), event.type(), new ReplicaService.ContactpersoonSnapshot(
                snapshot.id(), snapshot.naam() == null ? "" : snapshot.naam(), snapshot.subject(), snapshot.rollen(),
                event.version() > 0 ? event.version() : snapshot.versie()));
    }

    private void applyContactadres(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            adressen.verwijderd(sleutel(record));
            return;
        }
        CloudEvent event = parse(record, Topics.CONTACTADRESSEN);
        ContactadresService.Snapshot snapshot = data(event, ContactadresService.Snapshot.class);
        if (snapshot.id() == null) {
            throw new OngeldigEvent("onvolledige contactadres-snapshot: id ontbreekt");
        }
        adressen.gewijzigd(eventId(event), event.type(), new ContactadresService.Snapshot(snapshot.id(), snapshot.email(),
                event.version() > 0 ? event.version() : snapshot.versie()));
    }

    private void applyAgenda(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            agendaReplica.agendaVerwijderd(null, null, sleutel(record), null);
            return;
        }
        CloudEvent event = parse(record, Topics.AGENDAS);
        if (AGENDA_VERWIJDERD.equals(event.type())) {
            agendaReplica.agendaVerwijderd(eventId(event), event.type(), dataId(event), event.data().path("regio").asText(null));
            return;
        }
        AgendaReplicaService.AgendaSnapshot snapshot = data(event, AgendaReplicaService.AgendaSnapshot.class);
        if (snapshot.id() == null || snapshot.regio() == null || snapshot.afspraken() == null
                || snapshot.afspraken().stream().anyMatch(a -> a == null || a.id() == null)) {
            throw new OngeldigEvent("onvolledige agenda-snapshot: id, regio of een afspraak-id ontbreekt");
        }
        agendaReplica.agendaGewijzigd(eventId(event), event.type(), new AgendaReplicaService.AgendaSnapshot(snapshot.id(),
                snapshot.regio(), snapshot.afspraken(), event.version() > 0 ? event.version() : snapshot.versie()));
    }

    private ReplicaService.RegioSnapshot withVersion(ReplicaService.RegioSnapshot snapshot, CloudEvent event) {
        long versie = event.version() > 0 ? event.version() : snapshot.versie();
        return new ReplicaService.RegioSnapshot(snapshot.code(), snapshot.naam(), snapshot.zorgkantoorregio(),
                snapshot.geldigVanaf(), snapshot.geldigTot(), snapshot.leden(), versie);
    }

    /**
     * The CloudEvent of a record read from {@code topic} (without the environment's prefix). Unreadable JSON, a
     * missing type or id, or a type of the contract meant for another topic make the record invalid; a type the
     * contract does not have is tolerated ({@link EventTypes#fit}).
     */
    private CloudEvent parse(ConsumerRecord<String, String> record, String topic) {
        CloudEvent event;
        try {
            event = reader.readValue(record.value(), CloudEvent.class);
        } catch (Exception e) {
            throw new OngeldigEvent("geen geldige CloudEvent-JSON");
        }
        if (event == null || event.type() == null || uuid(event.id()) == null) {
            throw new OngeldigEvent("CloudEvent zonder type of geldig id");
        }
        switch (EventTypes.fit(topic, event.type())) {
            case FOREIGN_TOPIC -> throw new OngeldigEvent(EventTypes.foreignTopic(topic, event.type()));
            case UNKNOWN_TYPE -> throw new OnbekendEventType(event.type());
            case FITS -> {
            }
        }
        return event;
    }

    private <T> T data(CloudEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new OngeldigEvent("data ontbreekt of is geen object");
        }
        try {
            return reader.treeToValue(data, type);
        } catch (Exception e) {
            throw new OngeldigEvent("data heeft niet de vorm uit het contract: " + e.getMessage());
        }
    }

    /** The aggregate id of a removal event. */
    private static UUID dataId(CloudEvent event) {
        UUID id = event.data() == null ? null : uuid(event.data().path("id").asText(null));
        if (id == null) {
            throw new OngeldigEvent("verwijder-event zonder geldig data.id");
        }
        return id;
    }

    /** The aggregate id a tombstone's key names. */
    private static UUID sleutel(ConsumerRecord<String, String> record) {
        UUID id = uuid(record.key());
        if (id == null) {
            throw new OngeldigEvent("lege waarde (tombstone) zonder geldige sleutel");
        }
        return id;
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
