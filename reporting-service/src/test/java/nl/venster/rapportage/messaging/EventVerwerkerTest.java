package nl.venster.rapportage.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.events.ConsumerFailures;
import nl.venster.conventions.events.ConsumerHealth;
import nl.venster.conventions.events.DeadLetters;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.conventions.testing.TestEventsConfig;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.service.ModelBijwerker;
import nl.venster.rapportage.service.Toepassing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * How one record is handled when the database or the record is at fault. (Stopping the shared PostgreSQL
 * is not allowed in the test environment, so the outage is simulated at the boundary of the transaction.)
 */
class EventVerwerkerTest {

    private static final String REGIO = """
            {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:registry-service",
             "type":"nl.venster.register.regio.gewijzigd","subject":"regio/ZK01","time":"2026-01-01T00:00:00Z",
             "datacontenttype":"application/json","sequence":"3","sequencetype":"Integer",
             "data":{"code":"ZK01","naam":"Amstelland","zorgkantoorregio":"ZK01","themas":["ouderen","ggz","preventie"],
                     "geldigVanaf":"2020-01-01","geldigTot":null,"leden":[],"versie":3}}
            """.formatted(UUID.randomUUID());

    private final List<ModelEvent> toegepast = new ArrayList<>();
    private final List<String> geparkeerd = new ArrayList<>();
    private final List<RuntimeException> storingen = new ArrayList<>();
    /** Transactions tried, each with its events. */
    private final List<List<ModelEvent>> transacties = new ArrayList<>();
    /** Events the database refuses with a data error (the whole transaction rolls back). */
    private final List<String> onopslaanbaar = new ArrayList<>();

    private final ModelBijwerker bijwerker = new ModelBijwerker(null, null, null, null, null, null, null, null) {
        @Override
        public List<Toepassing> verwerk(List<ModelEvent> events) {
            transacties.add(events);
            if (!storingen.isEmpty()) {
                throw storingen.remove(0);
            }
            if (events.stream().anyMatch(g -> onopslaanbaar.contains(code(g)))) {
                throw new IllegalStateException("insert failed", new SQLException("value too long", "22001"));
            }
            toegepast.addAll(events);
            return events.stream().map(g -> Toepassing.TOEGEPAST).toList();
        }
    };

    private final DeadLetters deadLetters = new DeadLetters(null, null) {
        @Override
        public void park(ConsumerRecord<String, String> record, String reason) {
            geparkeerd.add(reason);
        }
    };

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private final EventsConfig eventsConfig = TestEventsConfig.consumer("rapportage.dead-letter", 2);

    private final ConsumerFailures failures = new ConsumerFailures(eventsConfig, deadLetters, metrics);

    private final EventVerwerker verwerker = new EventVerwerker(
            new EventBinding(new ObjectMapper().registerModule(new JavaTimeModule())), bijwerker, failures, eventsConfig);

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("test.register.regios", 2, 41, "ZK01", value);
    }

    /** A valid region event for region {@code code} at the given offset. */
    private static ConsumerRecord<String, String> regio(String code, long offset) {
        String value = REGIO.replace("regio/ZK01", "regio/" + code).replace("\"code\":\"ZK01\"", "\"code\":\"" + code + "\"");
        return new ConsumerRecord<>("test.register.regios", 2, offset, code, value);
    }

    private static String code(ModelEvent event) {
        return event instanceof ModelEvent.RegioGewijzigd regio ? regio.code() : ((ModelEvent.RegioVerwijderd) event).code();
    }

    private List<String> toegepasteCodes() {
        return toegepast.stream().map(EventVerwerkerTest::code).toList();
    }

    @Test
    void eenBatchWordtInEenTransactieToegepastEnOngeldigeRecordsWordenApartGeparkeerd() {
        verwerker.verwerk(List.of(regio("ZK01", 1), record("niet eens json"), regio("ZK02", 3), regio("ZK03", 4)));
        assertEquals(List.of("ZK01", "ZK02", "ZK03"), toegepasteCodes(), "the valid events, in stream order");
        assertEquals(1, transacties.size(), "one transaction for the batch");
        assertEquals(1, geparkeerd.size());
        assertTrue(geparkeerd.get(0).contains("geen geldige CloudEvent-JSON"));
    }

    @Test
    void eenGegevensfoutInEenBatchParkeertAlleenHetFouteRecord() {
        onopslaanbaar.add("ZK02");
        verwerker.verwerk(List.of(regio("ZK01", 1), regio("ZK02", 2), record("niet eens json"), regio("ZK03", 4)));
        assertEquals(List.of("ZK01", "ZK03"), toegepasteCodes(), "the good events are applied one by one after the failed batch");
        assertEquals(List.of(3, 1, 1, 1), transacties.stream().map(List::size).toList());
        assertEquals(2, geparkeerd.size());
        assertTrue(geparkeerd.get(0).contains("geen geldige CloudEvent-JSON"));
        assertEquals("niet op te slaan: 22001", geparkeerd.get(1));
    }

    @Test
    void tijdensEenDatabasestoringWordtDeHeleBatchOpnieuwGeprobeerd() {
        for (int i = 0; i < 3; i++) {
            storingen.add(new IllegalStateException("Unable to acquire JDBC Connection",
                    new SQLTransientConnectionException("connection refused", "08001")));
        }
        verwerker.verwerk(List.of(regio("ZK01", 1), regio("ZK02", 2)));
        assertEquals(List.of("ZK01", "ZK02"), toegepasteCodes());
        assertEquals(4, transacties.size(), "three failed attempts of the whole batch, then the batch");
        assertTrue(transacties.stream().allMatch(t -> t.size() == 2));
        assertEquals(List.of(), geparkeerd);
    }

    @Test
    void bijHetStoppenBlijftEenBatchTijdensEenStoringOnbevestigd() {
        storingen.add(new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("connection refused", "08001")));
        failures.onStop(null);
        assertThrows(IllegalStateException.class, () -> verwerker.verwerk(List.of(regio("ZK01", 1), regio("ZK02", 2))),
                "the method fails, so the batch is not acknowledged and is read again");
        assertEquals(List.of(), toegepast);
        assertEquals(List.of(), geparkeerd);
    }

    @Test
    void tijdensEenDatabasestoringWordtHetzelfdeRecordOpnieuwGeprobeerdTotHetLukt() {
        for (int i = 0; i < 5; i++) {
            storingen.add(new IllegalStateException("Unable to acquire JDBC Connection",
                    new SQLTransientConnectionException("connection refused", "08001")));
        }
        verwerker.verwerk(record(REGIO));
        assertEquals(1, toegepast.size(), "applied once the database is back");
        assertEquals("ZK01", ((ModelEvent.RegioGewijzigd) toegepast.get(0)).code());
        assertEquals(List.of(), geparkeerd, "an outage never sends the record to the dead-letter topic");
    }

    @Test
    void eenFoutZonderSqlStateTeltOokAlsStoring() {
        storingen.add(new IllegalStateException("transaction timeout"));
        verwerker.verwerk(record(REGIO));
        assertEquals(1, toegepast.size());
        assertEquals(List.of(), geparkeerd);
    }

    @Test
    void eenGegevensfoutDieGeenHerhalingGeneestGaatNaarDeDeadLetterTopic() {
        storingen.add(new IllegalStateException("insert failed", new SQLException("value too long", "22001")));
        verwerker.verwerk(record(REGIO));
        assertEquals(List.of(), toegepast);
        assertEquals(List.of("niet op te slaan: 22001"), geparkeerd);
    }

    @Test
    void eenOngeldigEventRaaktDeDatabaseNiet() {
        verwerker.verwerk(record(REGIO.replace("\"ZK01\",\"themas\"", "\"ZK1\",\"themas\"")));
        verwerker.verwerk(record("niet eens json"));
        verwerker.verwerk(record(REGIO.replace("nl.venster.register.regio.gewijzigd", "nl.venster.ronde.gewijzigd")));
        verwerker.verwerk(new ConsumerRecord<>("test.venster.antwoorden", 0, 1, "2026/ZK01", null));
        assertEquals(List.of(), toegepast);
        assertEquals(4, geparkeerd.size());
        assertTrue(geparkeerd.get(0).contains("data.zorgkantoorregio heeft niet de vorm"), geparkeerd.get(0));
        assertTrue(geparkeerd.get(1).contains("geen geldige CloudEvent-JSON"));
        assertTrue(geparkeerd.get(2).contains("type nl.venster.ronde.gewijzigd hoort op venster.rondes, niet op register.regios"), geparkeerd.get(2));
        assertTrue(geparkeerd.get(3).contains("tombstone"));
    }

    @Test
    void eenTombstoneOpHetRegiotopicVerwijdertDeRegio() {
        verwerker.verwerk(record(null));
        assertEquals(List.of(new ModelEvent.RegioVerwijderd("ZK01")), toegepast);
    }

    @Test
    void eenOnbekendTypeWordtGeteldEnBevestigdZonderDeadLetter() {
        verwerker.verwerk(List.of(record(REGIO.replace("nl.venster.register.regio.gewijzigd", "nl.venster.register.regio.gesplitst")),
                regio("ZK02", 2)));
        assertEquals(List.of("ZK02"), toegepasteCodes(), "the later event is applied");
        assertEquals(List.of(), geparkeerd, "a type from the future is no invalid record");
        assertEquals(1.0, metrics.get(ConsumerFailures.UNKNOWN_TYPE).tag("type", "nl.venster.register.regio.gesplitst").counter().count());
    }

    @Test
    void eenStoringLangerDanDeStilleBegrenzingMaaktHetKanaalVastTotHetRecordErDoorIs() {
        for (int i = 0; i < 4; i++) {
            storingen.add(new IllegalStateException("Unable to acquire JDBC Connection",
                    new SQLTransientConnectionException("connection refused", "08001")));
        }
        ConsumerHealth health = new ConsumerHealth(failures);
        List<HealthCheckResponse.Status> tijdensDeStoring = new ArrayList<>();
        ModelBijwerker kijkend = new ModelBijwerker(null, null, null, null, null, null, null, null) {
            @Override
            public List<Toepassing> verwerk(List<ModelEvent> events) {
                tijdensDeStoring.add(health.call().getStatus());
                return bijwerker.verwerk(events);
            }
        };
        new EventVerwerker(new EventBinding(new ObjectMapper().registerModule(new JavaTimeModule())), kijkend, failures, eventsConfig)
                .verwerk(record(REGIO));
        assertEquals(List.of(HealthCheckResponse.Status.UP, HealthCheckResponse.Status.UP, HealthCheckResponse.Status.UP,
                HealthCheckResponse.Status.DOWN, HealthCheckResponse.Status.DOWN), tijdensDeStoring,
                "two quiet attempts; from the third failure on the channel is stuck, until the record goes through");
        assertEquals(1, toegepast.size());
        assertEquals(HealthCheckResponse.Status.UP, health.call().getStatus());
        assertEquals(List.of(), geparkeerd);
    }
}
