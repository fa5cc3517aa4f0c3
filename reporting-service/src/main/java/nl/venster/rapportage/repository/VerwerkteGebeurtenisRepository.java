package nl.venster.rapportage.repository;

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

/**
 * The set-based form of the conventions' {@code ProcessedEvents.firstDelivery} for a batch of consumed
 * events: their ids are recorded in {@code processed_event} with one statement instead of one per event.
 * Plain JDBC on the transaction's connection, like {@code ProcessedEvents}.
 */
@ApplicationScoped
public class VerwerkteGebeurtenisRepository {

    private final DataSource dataSource;

    public VerwerkteGebeurtenisRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event ids (id → event type) in the caller's transaction and returns those seen for the
     * first time; the others were processed before and must change nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> registreer(Map<UUID, String> typePerId) {
        Set<UUID> nieuw = new HashSet<>();
        if (typePerId.isEmpty()) {
            return nieuw;
        }
        Map<UUID, String> geordend = new LinkedHashMap<>(typePerId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into processed_event (event_id, event_type) "
                     + "select * from unnest(?::uuid[], ?::varchar[]) on conflict do nothing returning event_id")) {
            insert.setArray(1, connection.createArrayOf("uuid", geordend.keySet().toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", geordend.values().toArray()));
            try (ResultSet rijen = insert.executeQuery()) {
                while (rijen.next()) {
                    nieuw.add(rijen.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("processed events cannot be recorded", e);
        }
        return nieuw;
    }
}
