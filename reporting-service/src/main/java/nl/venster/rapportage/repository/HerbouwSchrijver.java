package nl.venster.rapportage.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import nl.venster.rapportage.domain.ModelEvent;

/**
 * Set-based writes for the rebuild. Answer sets and event ids are first appended to temporary staging
 * tables without indexes (one statement per polled batch); {@link #slaOp()} then moves them into the model
 * in two set-based statements, the ids in index order. That costs a fraction of updating the same indexed
 * row once per version and of inserting every id into the primary key in random order. Plain JDBC on the
 * rebuild's transaction connection, where the temporary tables live; arrays are passed as text.
 */
@ApplicationScoped
public class HerbouwSchrijver {

    /** The same JSON shape Hibernate writes for {@code AntwoordsetFeit.antwoorden} (the record's fields). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public HerbouwSchrijver(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #slaOp()} stored: the processed event ids, of which duplicates were already stored. */
    public record Opgeslagen(long events, long dubbel) {
    }

    /** Creates the staging tables, private to this transaction and dropped at its end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin() {
        voerUit("create temp table herbouw_gebeurtenis (event_id uuid, event_type varchar(255)) on commit drop");
        voerUit("create temp table herbouw_antwoordset (jaar integer, regio varchar(20), financier varchar(16), "
                + "versie bigint, ingediend_op text, antwoorden text) on commit drop");
    }

    /** Stages processed answer set events (duplicates included) and the answer sets to consider for the model. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bewaar(List<ModelEvent.AntwoordsetIngediend> events, Collection<ModelEvent.AntwoordsetIngediend> sets) {
        try (Connection connection = dataSource.getConnection()) {
            if (!events.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into herbouw_gebeurtenis select * from unnest(?::uuid[], ?::varchar[])")) {
                    insert.setArray(1, connection.createArrayOf("uuid", events.stream().map(ModelEvent::eventId).toArray()));
                    insert.setArray(2, connection.createArrayOf("varchar", events.stream().map(ModelEvent::type).toArray()));
                    insert.executeUpdate();
                }
            }
            if (!sets.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into herbouw_antwoordset select * from unnest(?::integer[], ?::varchar[], ?::varchar[], ?::bigint[], ?::text[], ?::text[])")) {
                    insert.setArray(1, connection.createArrayOf("integer", sets.stream().map(ModelEvent.AntwoordsetIngediend::jaar).toArray()));
                    insert.setArray(2, connection.createArrayOf("varchar", sets.stream().map(ModelEvent.AntwoordsetIngediend::regio).toArray()));
                    insert.setArray(3, connection.createArrayOf("varchar", sets.stream().map(s -> s.financier().name()).toArray()));
                    insert.setArray(4, connection.createArrayOf("bigint", sets.stream().map(ModelEvent.AntwoordsetIngediend::versie).toArray()));
                    insert.setArray(5, connection.createArrayOf("text",
                            sets.stream().map(s -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.ingediendOp())).toArray()));
                    insert.setArray(6, connection.createArrayOf("text", sets.stream().map(HerbouwSchrijver::json).toArray()));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("answer sets cannot be staged", e);
        }
    }

    /**
     * Stores the highest staged version of every answer set (replacing a stored set only by a newer version)
     * and records every staged event id as processed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opgeslagen slaOp() {
        voerUit("insert into antwoordset (jaar, regio, financier, versie, ingediend_op, antwoorden) "
                + "select distinct on (jaar, regio, financier) jaar, regio, financier, versie, cast(ingediend_op as timestamptz), "
                + "cast(antwoorden as jsonb) from herbouw_antwoordset order by jaar, regio, financier, versie desc "
                + "on conflict (jaar, regio, financier) do update set versie = excluded.versie, "
                + "ingediend_op = excluded.ingediend_op, antwoorden = excluded.antwoorden "
                + "where excluded.versie > antwoordset.versie");
        long events = voerUit("insert into processed_event (event_id, event_type) "
                + "select distinct on (event_id) event_id, event_type from herbouw_gebeurtenis order by event_id "
                + "on conflict do nothing");
        long gestaged;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("select count(*) from herbouw_gebeurtenis");
             var row = count.executeQuery()) {
            row.next();
            gestaged = row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("staged events cannot be counted", e);
        }
        voerUit("truncate herbouw_gebeurtenis, herbouw_antwoordset");
        return new Opgeslagen(events, gestaged - events);
    }

    private static String json(ModelEvent.AntwoordsetIngediend set) {
        try {
            return JSON.writeValueAsString(set.antwoorden());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers cannot be serialised", e);
        }
    }

    private long voerUit(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("rebuild statement failed: " + sql, e);
        }
    }
}
