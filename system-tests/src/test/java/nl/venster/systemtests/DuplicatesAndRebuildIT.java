package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4, duplicates and rebuild: every report is captured; the reporting-service is stopped, its consumer group
 * reset to the earliest offsets and started again, so it receives every event a second time (duplicates to a
 * consumer that must be idempotent); then the read model is rebuilt from scratch through the beheer API. After each,
 * every report must be identical to before (the JSON compared as content, the CSV as text).
 */
@Order(5)
class DuplicatesAndRebuildIT {

    private static final int YEAR = 2034;
    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    private final World world = World.get();
    private final SystemHarness system = world.system;

    @Test
    void replayedAndRebuiltReportsAreIdentical() {
        world.playClosedRound(YEAR, 20340004L);
        try (ReportingGroup group = new ReportingGroup(system)) {
            Map<String, Object> before = Reports.settled(world, system.reporting, group, CATCH_UP);
            long records = group.records();

            system.reporting.stop();
            group.resetToEarliest(Duration.ofSeconds(90));
            long lagAfterReset = group.lag();
            system.reporting.start();
            system.reporting.awaitReady();
            Map<String, Object> replayed = Reports.settled(world, system.reporting, group, CATCH_UP);
            System.out.printf("[duplicates] %d reports captured (%d with content); consumer group reset to the earliest offsets:"
                            + " %d of %d records consumed again; differences after the replay %d%n",
                    before.size(), Reports.documents(before), lagAfterReset, records, Reports.differences(before, replayed).size());
            assertEquals(records, lagAfterReset, "after the reset every record is to be consumed again");
            assertEquals(List.of(), Reports.differences(before, replayed), "reports that changed by consuming every event twice");
            assertEquals(before, replayed);

            JsonNode rebuilt = json(as(world.beheerder).post(system.reporting.baseUrl() + "/beheer/herbouw")
                    .then().statusCode(200).extract().response());
            Map<String, Object> afterRebuild = Reports.capture(world, system.reporting);
            System.out.printf("[rebuild] herbouw: %s; differences after the rebuild %d%n", rebuilt,
                    Reports.differences(before, afterRebuild).size());
            assertTrue(rebuilt.get("toegepast").asLong() > 0, "the rebuild applied events");
            assertEquals(List.of(), Reports.differences(before, afterRebuild), "reports that changed by the rebuild");
            assertEquals(before, afterRebuild);
        } finally {
            system.ensureRunning();
        }
    }
}
