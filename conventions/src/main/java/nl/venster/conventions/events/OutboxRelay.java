package nl.venster.conventions.events;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in outbox order and marks them published only after the
 * broker acknowledged them (at-least-once: a crash between the two republishes, consumers are
 * idempotent). A broker outage leaves the rows waiting; the relay retries on every pass.
 *
 * <p>The relay has a thread of its own. A commit that wrote outbox rows only wakes it (a flag and a
 * notify), so no request thread ever waits for the broker, nor do the relay's waits for acknowledgements
 * take threads from the worker pool that serves requests (they did, as asynchronous CDI observers: B2,
 * deploy/bench). Wake-ups during a pass leave the flag set, so the pass that follows picks up their rows;
 * without any wake-up the thread still looks every {@code events.relay.interval} (rows whose wake-up was
 * lost: a crash, a broker outage, another instance's rows).
 */
@ApplicationScoped
@IfBuildProperty(name = "events.relay.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Give up on a send sooner than the default while the broker is away; the row stays and is retried. */
    private static final int DELIVERY_TIMEOUT_MS = 8_000;

    private final DataSource dataSource;
    private final EventsConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Object signal = new Object();
    /** Guarded by {@link #signal}: a commit asked for a pass since the last one began. */
    private boolean wakeRequested;
    private volatile boolean running;
    private final AtomicBoolean brokerWasDown = new AtomicBoolean();
    private volatile KafkaProducer<String, String> producer;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, EventsConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::relayLoop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs in the committing thread, right after the commit: only signals the relay's thread. */
    void onWritten(@Observes Outbox.OutboxWritten written) {
        wake();
    }

    /** Asks for a relay pass as soon as the current one (if any) has ended. */
    public void wake() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    private void relayLoop() {
        long intervalMs = Math.max(1, config.relay().interval().toMillis());
        while (running) {
            try {
                synchronized (signal) {
                    if (!wakeRequested) {
                        signal.wait(intervalMs);
                    }
                    wakeRequested = false;
                }
                if (running && !relayUntilEmpty()) {
                    // The broker refuses: try again after the interval rather than on every wake-up.
                    Thread.sleep(intervalMs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Outbox relay pass failed; retrying", e);
            }
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deleteOldPublishedRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement("delete from outbox_event where published_at < ?")) {
                delete.setObject(1, OffsetDateTime.now().minus(config.relay().retention()));
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("old outbox rows cannot be deleted", e);
            }
        });
    }

    private boolean relayUntilEmpty() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (published == config.relay().batchSize());
            if (published >= 0 && brokerWasDown.compareAndSet(true, false)) {
                LOG.info("Outbox relay publishes again");
            }
            return published >= 0;
        } catch (RuntimeException e) {
            reportBrokerDown(e.getMessage());
            return false;
        }
    }

    /**
     * Publishes one batch and marks exactly the rows the broker acknowledged. A send is never abandoned
     * while its outcome is open: the producer would still deliver it after we gave up, and the next pass
     * would publish the row a second time. So after a failure we still wait for every issued send (each
     * ends within the producer's delivery timeout) and keep what succeeded.
     *
     * @return the number of rows published, or -1 when the broker refused part of the batch
     */
    private int relayBatch() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<Future<?>> acknowledgements = new ArrayList<>();
        RuntimeException sendFailure = null;
        try (Connection connection = dataSource.getConnection()) {
            // SKIP LOCKED lets several instances relay side by side without publishing a row twice at once.
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, topic, record_key, cast(cloud_event as text) from outbox_event "
                            + "where published_at is null order by position limit ? for update skip locked")) {
                select.setInt(1, config.relay().batchSize());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && sendFailure == null) {
                        String value = rows.getString(4);
                        ProducerRecord<String, String> record = new ProducerRecord<>(rows.getString(2), rows.getString(3), value);
                        if (value != null) {
                            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                        }
                        try {
                            acknowledgements.add(producer().send(record));
                            ids.add(rows.getObject(1, UUID.class));
                        } catch (RuntimeException e) {
                            // No metadata within max.block.ms: this record was never handed to the producer.
                            sendFailure = e;
                        }
                    }
                }
            }
            List<UUID> acknowledged = new ArrayList<>(ids.size());
            for (int i = 0; i < acknowledgements.size(); i++) {
                if (acknowledgedByBroker(acknowledgements.get(i))) {
                    acknowledged.add(ids.get(i));
                }
            }
            if (!acknowledged.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update outbox_event set published_at = now() where id = any(?)")) {
                    update.setArray(1, connection.createArrayOf("uuid", acknowledged.toArray()));
                    update.executeUpdate();
                }
            }
            boolean complete = sendFailure == null && acknowledged.size() == ids.size();
            if (!complete) {
                reportBrokerDown(sendFailure != null ? sendFailure.getMessage() : "not all events were acknowledged");
                return -1;
            }
            return ids.size();
        }
    }

    private boolean acknowledgedByBroker(Future<?> acknowledgement) {
        try {
            // Bounded by the producer's delivery timeout; the extra wait only guards against a hung client.
            acknowledgement.get(config.relay().ackTimeout().toMillis() + DELIVERY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private void reportBrokerDown(String reason) {
        if (brokerWasDown.compareAndSet(false, true)) {
            LOG.warnf("Outbox relay cannot publish yet, will retry: %s", reason);
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = KafkaProducers.reliable(kafkaConfig, "outbox-relay", Map.of(
                            ProducerConfig.LINGER_MS_CONFIG, 0,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS));
                }
                current = producer;
            }
        }
        return current;
    }

    void close(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wake();
        if (thread != null) {
            // A pass under way ends within the producer's delivery timeout; its rows stay for the next start otherwise.
            thread.join(DELIVERY_TIMEOUT_MS + 2_000L);
        }
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(java.time.Duration.ofSeconds(5));
        }
    }
}
