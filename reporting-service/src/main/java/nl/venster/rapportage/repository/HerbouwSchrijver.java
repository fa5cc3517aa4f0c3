package nl.venster.rapportage.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.venster.rapportage.service.Gebeurtenis;

/**
 * Set-based writes for the rebuild: one statement per batch of events instead of one entity per event.
 * Plain JDBC on the rebuild's transaction connection; arrays are passed as text and cast in SQL, so a
 * whole batch is one round trip.
 */
@ApplicationScoped
public class HerbouwSchrijver {

    /** The same JSON shape Hibernate writes for {@code AntwoordsetFeit.antwoorden} (the record's fields). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public HerbouwSchrijver(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the event ids as processed, like {@code ProcessedEvents.firstDelivery} for many at once.
     *
     * @param typePerId distinct event ids with their type
     * @return the ids seen for the first time; the others were processed before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> eersteLeveringen(Map<UUID, String> typePerId) {
        Set<UUID> nieuw = new HashSet<>();
        if (typePerId.isEmpty()) {
            return nieuw;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into processed_event (event_id, event_type) select * from unnest(?::uuid[], ?::varchar[]) "
                             + "on conflict do nothing returning event_id")) {
            insert.setArray(1, connection.createArrayOf("uuid", typePerId.keySet().toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", typePerId.values().toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    nieuw.add(rows.getObject(1, UUID.class));
                }
            }
            return nieuw;
        } catch (SQLException e) {
            throw new IllegalStateException("processed events cannot be recorded", e);
        }
    }

    /**
     * Stores the answer sets, each replacing the stored set of its (jaar, regio, financier) only when its
     * version is newer. At most one event per set: one statement cannot update the same row twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void slaAntwoordsetsOp(Collection<Gebeurtenis.AntwoordsetIngediend> sets) {
        if (sets.isEmpty()) {
            return;
        }
        int n = sets.size();
        Object[] jaren = new Object[n];
        Object[] regios = new Object[n];
        Object[] financiers = new Object[n];
        Object[] versies = new Object[n];
        Object[] ingediendOp = new Object[n];
        Object[] antwoorden = new Object[n];
        int i = 0;
        for (Gebeurtenis.AntwoordsetIngediend set : sets) {
            jaren[i] = set.jaar();
            regios[i] = set.regio();
            financiers[i] = set.financier().name();
            versies[i] = set.versie();
            ingediendOp[i] = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(set.ingediendOp());
            try {
                antwoorden[i] = JSON.writeValueAsString(set.antwoorden());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("answers cannot be serialised", e);
            }
            i++;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "insert into antwoordset (jaar, regio, financier, versie, ingediend_op, antwoorden) "
                             + "select j, r, f, v, cast(t as timestamptz), cast(a as jsonb) "
                             + "from unnest(?::integer[], ?::varchar[], ?::varchar[], ?::bigint[], ?::text[], ?::text[]) as u(j, r, f, v, t, a) "
                             + "on conflict (jaar, regio, financier) do update set versie = excluded.versie, "
                             + "ingediend_op = excluded.ingediend_op, antwoorden = excluded.antwoorden "
                             + "where excluded.versie > antwoordset.versie")) {
            upsert.setArray(1, connection.createArrayOf("integer", jaren));
            upsert.setArray(2, connection.createArrayOf("varchar", regios));
            upsert.setArray(3, connection.createArrayOf("varchar", financiers));
            upsert.setArray(4, connection.createArrayOf("bigint", versies));
            upsert.setArray(5, connection.createArrayOf("text", ingediendOp));
            upsert.setArray(6, connection.createArrayOf("text", antwoorden));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("answer sets cannot be stored", e);
        }
    }
}
