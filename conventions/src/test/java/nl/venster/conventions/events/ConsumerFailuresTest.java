package nl.venster.conventions.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import nl.venster.conventions.testing.TestEventsConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The runtime of the consumer failure policy for one record (the path of the venster-service's consumers). */
class ConsumerFailuresTest {

    private static final RuntimeException DATABASE_AWAY = new IllegalStateException("Unable to acquire JDBC Connection",
            new SQLTransientConnectionException("connection refused", "08001"));

    private final List<String> parked = new ArrayList<>();
    private final List<Exception> brokerFailures = new ArrayList<>();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private final DeadLetters deadLetters = new DeadLetters(null, null) {
        @Override
        public void park(ConsumerRecord<String, String> record, String reason) throws ExecutionException {
            if (!brokerFailures.isEmpty()) {
                throw new ExecutionException(brokerFailures.remove(0));
            }
            parked.add(record.offset() + ": " + reason);
        }

        @Override
        public String topic() {
            return "test.venster.dead-letter";
        }
    };

    private final ConsumerFailures failures = new ConsumerFailures(TestEventsConfig.consumer("venster.dead-letter", 3), deadLetters, metrics);

    private static ConsumerRecord<String, String> record(long offset) {
        return new ConsumerRecord<>("test.register.regios", 0, offset, "ZK01", "{}");
    }

    /** An action that fails with the given failures, one per attempt, then succeeds. */
    private static java.util.function.Consumer<ConsumerRecord<String, String>> failing(List<RuntimeException> failuresInTurn,
                                                                                      List<Long> applied) {
        List<RuntimeException> left = new ArrayList<>(failuresInTurn);
        return record -> {
            if (!left.isEmpty()) {
                throw left.remove(0);
            }
            applied.add(record.offset());
        };
    }

    @Test
    void anInvalidRecordGoesToTheDeadLetterTopicWithItsReasonAndIsCounted() {
        failures.apply(record(7), r -> {
            throw new OngeldigEvent("onvolledige regio-snapshot: code ontbreekt");
        });
        failures.apply(record(8), r -> {
            throw new IllegalStateException("insert failed", new SQLException("value too long", "22001"));
        });
        assertEquals(List.of("7: onvolledige regio-snapshot: code ontbreekt", "8: niet op te slaan: 22001"), parked);
        assertEquals(2.0, metrics.get(ConsumerFailures.DEAD_LETTERED).tag("topic", "test.register.regios").counter().count());
    }

    @Test
    void anUnknownTypeIsCountedAndNotDeadLettered() {
        failures.apply(record(9), r -> {
            throw new OnbekendEventType("nl.venster.register.regio.gesplitst");
        });
        assertEquals(List.of(), parked);
        assertEquals(1.0, metrics.get(ConsumerFailures.UNKNOWN_TYPE).tag("type", "nl.venster.register.regio.gesplitst").counter().count());
    }

    @Test
    void aTransientFaultIsRetriedUntilTheRecordIsApplied() {
        List<Long> applied = new ArrayList<>();
        failures.apply(record(10), failing(List.of(DATABASE_AWAY, DATABASE_AWAY, DATABASE_AWAY, DATABASE_AWAY, DATABASE_AWAY), applied));
        assertEquals(List.of(10L), applied);
        assertEquals(List.of(), parked, "an outage never sends the record to the dead-letter topic");
        assertEquals(HealthCheckResponse.Status.UP, new ConsumerHealth(failures).call().getStatus(), "no longer stuck once applied");
    }

    @Test
    void aDeadLetterTheBrokerDoesNotTakeYetIsRetried() {
        brokerFailures.add(new TimeoutException("broker away"));
        brokerFailures.add(new TimeoutException("broker away"));
        failures.apply(record(11), r -> {
            throw new OngeldigEvent("geen geldige CloudEvent-JSON");
        });
        assertEquals(List.of("11: geen geldige CloudEvent-JSON"), parked);
    }

    @Test
    void onShutdownTheRecordStaysUnacknowledged() {
        List<Long> applied = new ArrayList<>();
        failures.onStop(null);
        assertThrows(IllegalStateException.class, () -> failures.apply(record(12), failing(List.of(DATABASE_AWAY), applied)),
                "the method fails, so the record is not acknowledged and is read again");
        assertEquals(List.of(), applied);
        assertEquals(List.of(), parked);
    }
}
