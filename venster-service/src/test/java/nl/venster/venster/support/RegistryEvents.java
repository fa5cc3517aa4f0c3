package nl.venster.venster.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.ReplicaRegio;
import nl.venster.venster.repository.ReplicaContactadresRepository;
import nl.venster.venster.repository.ReplicaContactpersoonRepository;
import nl.venster.venster.repository.ReplicaRegioRepository;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes register.* events exactly as the registry-service would (structured CloudEvent JSON, key =
 * region code or contact id, sequence = version), then waits until this service's replica shows them.
 */
public final class RegistryEvents {

    public static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:registry-service";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private RegistryEvents() {
    }

    /** One role assignment in a contact snapshot. */
    public static Map<String, Object> rol(String regio, String financier, String rol, LocalDate vanaf, LocalDate tot) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", UUID.randomUUID().toString());
        map.put("regio", regio);
        map.put("financier", financier);
        map.put("rol", rol);
        map.put("thema", null);
        map.put("vanaf", vanaf.toString());
        map.put("tot", tot == null ? null : tot.toString());
        return map;
    }

    public static Map<String, Object> aanspreekpunt(String regio, String financier) {
        return rol(regio, financier, "bestuurlijk-aanspreekpunt", LocalDate.now().minusYears(1), null);
    }

    public static void regio(String code, String naam, LocalDate vanaf, LocalDate tot, long versie) {
        regio(code, naam, vanaf, tot, versie, List.of());
    }

    /** A membership in a region snapshot. */
    public static Map<String, Object> lid(String gemeente, String naam, LocalDate vanaf, LocalDate tot) {
        Map<String, Object> lid = new LinkedHashMap<>();
        lid.put("gemeentecode", gemeente);
        lid.put("gemeentenaam", naam);
        lid.put("vanaf", vanaf.toString());
        lid.put("tot", tot == null ? null : tot.toString());
        return lid;
    }

    public static void regioAndWait(String code, String naam, LocalDate vanaf, LocalDate tot, long versie,
                                    List<Map<String, Object>> leden) {
        regio(code, naam, vanaf, tot, versie, leden);
        Eventually.until("replica shows region " + code + " version " + versie, () -> regioVersie(code) >= versie);
    }

    public static void regio(String code, String naam, LocalDate vanaf, LocalDate tot, long versie, List<Map<String, Object>> leden) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("naam", naam);
        data.put("zorgkantoorregio", "ZK01");
        data.put("voortouwZorgverzekeraar", null);
        data.put("themas", List.of("ouderen", "ggz", "preventie"));
        data.put("geldigVanaf", vanaf.toString());
        data.put("geldigTot", tot == null ? null : tot.toString());
        data.put("leden", leden);
        data.put("versie", versie);
        send("register.regios", code, event("nl.venster.register.regio.gewijzigd", "regio/" + code, versie, data));
    }

    public static void regioAndWait(String code, String naam, LocalDate vanaf, LocalDate tot, long versie) {
        regio(code, naam, vanaf, tot, versie);
        Eventually.until("replica shows region " + code + " version " + versie, () -> regioVersie(code) >= versie);
    }

    public static void contactpersoon(UUID id, String naam, String subject, long versie, List<Map<String, Object>> rollen) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("naam", naam);
        data.put("organisatie", null);
        data.put("subject", subject);
        data.put("rollen", new ArrayList<>(rollen));
        data.put("versie", versie);
        send("register.contactpersonen", id.toString(), event("nl.venster.register.contactpersoon.gewijzigd",
                "contactpersoon/" + id, versie, data));
    }

    public static void contactpersoonAndWait(UUID id, String naam, String subject, long versie, List<Map<String, Object>> rollen) {
        contactpersoon(id, naam, subject, versie, rollen);
        Eventually.until("replica shows contact " + id + " version " + versie, () -> contactVersie(id) >= versie);
    }

    public static void verwijderd(UUID id, long versie) {
        send("register.contactpersonen", id.toString(), event("nl.venster.register.contactpersoon.verwijderd",
                "contactpersoon/" + id, versie, Map.of("id", id.toString(), "versie", versie)));
    }

    public static void tombstone(String topicWithoutPrefix, String key) {
        send(topicWithoutPrefix, key, null);
    }

    public static String event(String type, String subject, long versie, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), SOURCE, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", Long.toString(versie), "Integer", JSON.valueToTree(data));
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static void send(String topicWithoutPrefix, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(prefix() + topicWithoutPrefix, key, value);
        if (value != null) {
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the registry event", e);
        }
    }

    /** The person's e-mail address on register.contactadressen (null: none), as the registry publishes it. */
    public static void contactadres(UUID id, String email, long versie) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("email", email);
        data.put("versie", versie);
        send("register.contactadressen", id.toString(), event("nl.venster.register.contactadres.gewijzigd",
                "contactpersoon/" + id, versie, data));
    }

    public static void contactadresAndWait(UUID id, String email, long versie) {
        contactadres(id, email, versie);
        Eventually.until("replica shows the address of " + id + " version " + versie, () -> adresVersie(id) >= versie);
    }

    public static long adresVersie(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ReplicaContactadresRepository.class).get()
                .findByIdOptional(id).map(adres -> adres.versie).orElse(0L));
    }

    public static long regioVersie(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ReplicaRegioRepository.class).get()
                .findByIdOptional(code).map(regio -> regio.versie).orElse(0L));
    }

    public static ReplicaRegio replicaRegio(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ReplicaRegioRepository.class).get()
                .findByIdOptional(code).orElse(null));
    }

    public static long contactVersie(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ReplicaContactpersoonRepository.class).get()
                .findByIdOptional(id).map(contact -> contact.versie).orElse(0L));
    }

    /** The replica's contact with its roles loaded, or null. */
    public static ReplicaContactpersoon replicaContact(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReplicaContactpersoon contact = Arc.container().instance(ReplicaContactpersoonRepository.class).get()
                    .findByIdOptional(id).orElse(null);
            if (contact != null) {
                contact.rollen.size();
            }
            return contact;
        });
    }

    static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                    ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
