package nl.venster.conventions.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an event into the outbox in the caller's transaction, so the event exists exactly when the
 * change it announces was committed. {@link OutboxRelay} publishes it.
 */
// Unremovable: library beans that the platform contract tests look up even before a service injects them.
@Unremovable
@ApplicationScoped
public class Outbox {

    static final String TOMBSTONE = "tombstone";

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final EventsConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(DataSource dataSource, ObjectMapper objectMapper, EventsConfig config,
                  TransactionSynchronizationRegistry transactions, Event<OutboxWritten> written,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.config = config;
        this.transactions = transactions;
        this.written = written;
        this.source = "urn:nld:oin:" + config.oin() + ":systeem:" + applicationName;
    }

    /**
     * @param topic   topic name without the configured prefix, e.g. {@code register.regios}
     * @param key     record key: the aggregate, so all its events share a partition and stay in order
     * @param type    reverse-DNS event type, e.g. {@code nl.venster.register.regio-gewijzigd}
     * @param version the aggregate's version after the change (CloudEvents {@code sequence})
     * @param data    the payload; {@code null} for a tombstone-like deletion event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String key, String type, String subject, long version, Object data) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", Long.toString(version), "Integer",
                data == null ? null : objectMapper.valueToTree(data));
        try {
            insert(UUID.fromString(event.id()), topic, key, type, objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be serialised", e);
        }
        return event;
    }

    /** A record with a null value, so that compaction eventually removes the key from the topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tombstone(String topic, String key) {
        insert(UUID.randomUUID(), topic, key, TOMBSTONE, null);
    }

    private void insert(UUID id, String topic, String key, String type, String cloudEventJson) {
        // Plain JDBC on the transaction's connection: works whether or not the service has JPA entities.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                     + "(id, topic, record_key, event_type, cloud_event) values (?, ?, ?, ?, cast(? as jsonb))")) {
            insert.setObject(1, id);
            insert.setString(2, config.topicPrefix() + topic);
            insert.setString(3, key);
            insert.setString(4, type);
            insert.setObject(5, cloudEventJson, Types.VARCHAR);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox row cannot be written", e);
        }
        // Wake the relay once the transaction has committed, instead of waiting for its next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    // Synchronous: the relay's observer only sets a flag for its own thread.
                    written.fire(OutboxWritten.INSTANCE);
                }
            }
        });
    }

    /** Signals that committed outbox rows are waiting for the relay. */
    public enum OutboxWritten {
        INSTANCE
    }
}
