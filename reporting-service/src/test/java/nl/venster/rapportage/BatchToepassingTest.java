package nl.venster.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.rapportage.messaging.EventVerwerker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The live path applies polled batches in one transaction each; the model must be exactly the one of
 * applying the same records one by one. The records are handed to the consumer's handler directly (not
 * through the broker), once one by one and once in batches, into the real database, and the scenario's
 * rows are compared in full.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class BatchToepassingTest {

    @Inject
    EventVerwerker verwerker;

    @Inject
    DataSource dataSource;

    private final Scenario s = new Scenario();
    private final String a = s.regio("BA");
    private final String b = s.regio("BB");
    private final String c = s.regio("BC");
    private final int vorig = s.jaar - 1;
    private final List<UUID> eventIds = new ArrayList<>();
    private long offset;

    @Test
    void eenBatchGeeftHetzelfdeModelAlsToepassingEenVoorEen() throws SQLException {
        List<ConsumerRecord<String, String>> records = records();

        records.forEach(verwerker::verwerk);
        List<String> eenVoorEen = model();
        verwijderModel();
        assertEquals(List.of(), model(), "the scenario starts again from an empty model");

        // Everything but the answer set the database refuses in one batch (every topic mixed, the worst
        // case for the order of recomputation); then a batch with that record, which falls back to one
        // by one and parks only that record.
        int fout = records.indexOf(records.stream().filter(r -> r.value() != null && r.value().contains("\\u0000")).findFirst().orElseThrow());
        verwerker.verwerk(records.subList(0, fout - 2));
        verwerker.verwerk(records.subList(fout - 2, records.size()));
        List<String> inBatches = model();

        assertEquals(String.join("\n", eenVoorEen), String.join("\n", inBatches));
        // The scenario reaches what it is meant to test.
        assertEquals(List.of("VERSCHIL|true"), rijen("select status || '|' || signaal from regio_status where jaar = " + s.jaar
                + " and regio = '" + a + "'"), "verschil, and a signal: verschil in the previous round without follow-up");
        assertEquals(List.of("2|GEMEENTEN", "1|ZORGKANTOOR", "1|ZORGVERZEKERAAR"), rijen("select versie || '|' || financier from antwoordset "
                + "where jaar = " + s.jaar + " and regio = '" + a + "' order by financier"), "the newest version of each set");
        assertEquals(List.of("GEMEENTEN", "ZORGVERZEKERAAR"), rijen("select financier from antwoordset where jaar = " + s.jaar
                + " and regio = '" + b + "' order by financier"), "the answer set the database refused is not stored");
        assertEquals(List.of("Regio C hernoemd|2"), rijen("select naam || '|' || versie from regio where code = '" + c + "'"));
        assertEquals(List.of("VNG_ZN|2"), rijen("select escalatie || '|' || (select count(*) from opvolging o where o.regio = r.regio) "
                + "from regio_status r where jaar = " + s.jaar + " and regio = '" + b + "'"));
    }

    /** Stream order across the four topics, with duplicates, late older versions, a malformed and an unstorable record. */
    private List<ConsumerRecord<String, String>> records() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        UUID regioC1 = id();
        records.add(regio(a, "Regio A", 1, id()));
        records.add(regio(b, "Regio B", 1, id()));
        records.add(regio(c, "Regio C", 1, regioC1));
        records.add(regio(c, "Regio C hernoemd", 2, id()));
        records.add(regio(c, "Regio C", 1, regioC1)); // duplicate
        records.add(regio(a, "Regio A oud", 1, id())); // an older version with another id changes nothing
        records.add(ronde(s.jaar, "open", 2));
        records.add(ronde(vorig, "gesloten", 1));
        records.add(ronde(s.jaar, "concept", 1)); // late older version

        // Region A: verschil in the previous round, no follow-up there: a signal this round.
        records.add(antwoordset(vorig, a, "gemeenten", 1, 3, 7, 7, id()));
        records.add(antwoordset(vorig, a, "zorgverzekeraar", 1, 8, 7, 7, id()));
        records.add(antwoordset(vorig, a, "zorgkantoor", 1, 8, 7, 7, id()));
        UUID gemeentenV2 = id();
        records.add(antwoordset(s.jaar, a, "gemeenten", 2, 8, 4, 7, gemeentenV2)); // the newer version first
        records.add(antwoordset(s.jaar, a, "gemeenten", 1, 2, 2, 2, id()));
        records.add(antwoordset(s.jaar, a, "gemeenten", 2, 1, 1, 1, gemeentenV2)); // duplicate id, other content
        records.add(antwoordset(s.jaar, a, "zorgkantoor", 1, 7, 7, 7, id()));
        records.add(antwoordset(s.jaar, a, "zorgverzekeraar", 1, 7, 8, 7, id()));
        records.add(regio(a, "Regio A", 3, id())); // a region change after its answers
        records.add(new ConsumerRecord<>(Events.prefix() + "venster.antwoorden", 0, offset++, s.jaar + "/" + b, "{kapot"));
        records.add(antwoordset(s.jaar, b, "gemeenten", 1, 7, 7, 7, id()));
        UUID opvolging = UUID.randomUUID();
        UUID opvolgingEvent = id();
        records.add(opvolging(s.jaar, b, "hulpvraag-vng-zn", 2, UUID.randomUUID(), id()));
        records.add(opvolging(s.jaar, b, "besproken", 1, opvolging, opvolgingEvent)); // an earlier one arriving late
        records.add(opvolging(s.jaar, b, "besproken", 1, opvolging, opvolgingEvent)); // duplicate
        // PostgreSQL refuses a NUL character in jsonb: a data error no retry cures.
        records.add(antwoordset(s.jaar, b, "zorgkantoor", 1, 7, 7, 7, id(), "toelichting zorgkantoor", "\\u0000"));
        records.add(antwoordset(s.jaar, b, "zorgverzekeraar", 1, 7, 7, 7, id()));
        records.add(antwoordset(s.jaar, c, "gemeenten", 1, 7, 7, 7, id()));
        records.add(antwoordset(s.jaar, c, "gemeenten", 2, 9, 9, 9, id()));
        return records;
    }

    private UUID id() {
        UUID id = UUID.randomUUID();
        eventIds.add(id);
        return id;
    }

    /** Regions valid on both rounds' opening days (a day apart) and only around them (see {@link Scenario}). */
    private ConsumerRecord<String, String> regio(String code, String naam, long versie, UUID id) {
        return record("register.regios", code, Events.regioEvent(id, code, naam, "ZK91", s.openingsdag.minusDays(2),
                s.openingsdag.plusDays(2), versie));
    }

    private ConsumerRecord<String, String> ronde(int jaar, String status, long versie) {
        return record("venster.rondes", String.valueOf(jaar),
                Events.rondeEvent(id(), jaar, status, jaar == vorig ? s.openingsdag.minusDays(1) : s.openingsdag, versie));
    }

    private ConsumerRecord<String, String> antwoordset(int jaar, String regio, String financier, long versie, int proces, int agenda,
                                                       int resultaten, UUID id, String... vervang) {
        String event = Events.antwoordsetEvent(id, jaar, regio, financier, versie, proces, agenda, resultaten);
        if (vervang.length == 2) {
            event = event.replace(vervang[0], vervang[1]);
        }
        return record("venster.antwoorden", jaar + "/" + regio, event);
    }

    private ConsumerRecord<String, String> opvolging(int jaar, String regio, String soort, long volgnummer, UUID id, UUID eventId) {
        return record("venster.opvolgingen", jaar + "/" + regio, Events.opvolgingEvent(eventId, id, jaar, regio, soort, volgnummer));
    }

    private ConsumerRecord<String, String> record(String topic, String key, String value) {
        return new ConsumerRecord<>(Events.prefix() + topic, 0, offset++, key, value);
    }

    /** Every row of the scenario, one line each, sorted; generated keys left out. */
    private List<String> model() throws SQLException {
        String regios = "('" + a + "','" + b + "','" + c + "')";
        String jaren = "(" + vorig + "," + s.jaar + "," + (s.jaar + 1) + ")";
        List<String> rijen = new ArrayList<>();
        rijen.addAll(rijen("select 'regio', code, naam, zorgkantoorregio, geldig_vanaf, geldig_tot, versie from regio where code in " + regios));
        rijen.addAll(rijen("select 'ronde', jaar, status, opent, sluit, vragen, voldoende_grens, spreidings_grens, versie from ronde where jaar in " + jaren));
        rijen.addAll(rijen("select 'antwoordset', jaar, regio, financier, versie, ingediend_op, antwoorden from antwoordset where regio in " + regios));
        rijen.addAll(rijen("select 'opvolging', jaar, regio, volgnummer, id, soort, toelichting, vastgelegd_op from opvolging where regio in " + regios));
        rijen.addAll(rijen("select 'regio_status', jaar, regio, naam, zorgkantoorregio, status, escalatie, scores_zichtbaar, signaal, "
                + "beantwoord, divergente_vragen from regio_status where regio in " + regios));
        rijen.addAll(rijen("select 'processed_event', event_id, event_type from processed_event where event_id in " + ids()));
        return rijen.stream().sorted().toList();
    }

    private void verwijderModel() throws SQLException {
        String regios = "('" + a + "','" + b + "','" + c + "')";
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : List.of("delete from regio_status where regio in " + regios, "delete from antwoordset where regio in " + regios,
                    "delete from opvolging where regio in " + regios, "delete from regio where code in " + regios,
                    "delete from ronde where jaar in (" + vorig + "," + s.jaar + ")", "delete from processed_event where event_id in " + ids())) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.executeUpdate();
                }
            }
        }
    }

    private String ids() {
        return "(" + String.join(",", eventIds.stream().map(id -> "'" + id + "'").toList()) + ")";
    }

    private List<String> rijen(String sql) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rij = select.executeQuery()) {
            int kolommen = rij.getMetaData().getColumnCount();
            while (rij.next()) {
                StringBuilder regel = new StringBuilder();
                for (int i = 1; i <= kolommen; i++) {
                    regel.append(i > 1 ? "|" : "").append(rij.getString(i));
                }
                rijen.add(regel.toString());
            }
        }
        return rijen;
    }
}
