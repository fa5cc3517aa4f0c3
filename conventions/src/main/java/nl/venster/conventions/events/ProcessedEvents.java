package nl.venster.conventions.events;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The consumer side of at-least-once delivery: remembers applied event ids in the applying transaction. */
// Unremovable: library beans that the platform contract tests look up even before a service injects them.
@Unremovable
@ApplicationScoped
public class ProcessedEvents {

    private final DataSource dataSource;

    public ProcessedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns true the first time an event id is seen; false for a duplicate, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into processed_event (event_id, event_type) values (?, ?) on conflict do nothing")) {
            insert.setObject(1, eventId);
            insert.setString(2, eventType);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("processed event cannot be recorded", e);
        }
    }

    /**
     * The same for a batch of events (id → type) in one statement: returns the ids seen for the first time;
     * the others were processed before and must change nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(Map<UUID, String> typePerId) {
        Set<UUID> first = new HashSet<>();
        if (typePerId.isEmpty()) {
            return first;
        }
        Map<UUID, String> ordered = new LinkedHashMap<>(typePerId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into processed_event (event_id, event_type) "
                     + "select * from unnest(?::uuid[], ?::varchar[]) on conflict do nothing returning event_id")) {
            insert.setArray(1, connection.createArrayOf("uuid", ordered.keySet().toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", ordered.values().toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("processed events cannot be recorded", e);
        }
        return first;
    }
}
