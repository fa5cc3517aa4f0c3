package nl.venster.venster;

import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.indienen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The real thing: the local broker is stopped, submissions still succeed, and their events arrive exactly
 * once after it restarts. It runs in the suite (deploy/local/test.sh, CI) when the broker is one the
 * deploy/local scripts started, since only that one can be stopped and started again; a broker run by
 * someone else is left alone and the test is skipped. {@code -Dvenster.broker-outage-test=false} skips it
 * too, e.g. while other suites share the broker.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@DisabledIfSystemProperty(named = "venster.broker-outage-test", matches = "false")
class BrokerOutageTest {

    @Test
    void submissionsSucceedWhileTheBrokerIsStoppedAndTheirEventsArriveAfterItRestarts() throws Exception {
        assumeTrue(brokerIsOurs(), "the broker on 127.0.0.1:9092 was not started by deploy/local; not stopping it");
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();

        kafka("stop");
        try {
            indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);
            indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 7, 7), "\"1\"").then().statusCode(200);
            indienen(regio.token("zorgverzekeraar"), jaar, regio.code(), "zorgverzekeraar", antwoorden(6, 6, 6), null).then().statusCode(201);
            assertEquals(3, AntwoordenTest.rows("select count(*) from outbox_event where record_key = ? and published_at is null",
                    jaar + "/" + regio.code()), "the broker really is away: the events wait in the outbox");
        } finally {
            kafka("start");
        }

        List<EventReader.Event> events = EventReader.read("venster.antwoorden", "antwoordset/" + jaar + "/" + regio.code() + "/", 3);
        assertEquals(3, events.size(), "each submission exactly once");
        assertEquals(List.of(1L, 2L), events.stream()
                .filter(event -> event.cloudEvent().get("subject").asText().endsWith("/gemeenten"))
                .map(EventReader.Event::sequence).toList());
    }

    private static boolean brokerIsOurs() throws Exception {
        Process process = new ProcessBuilder(Path.of("..", "deploy", "local", "kafka.sh").toString(), "status")
                .redirectErrorStream(true).start();
        String status = new String(process.getInputStream().readAllBytes());
        return process.waitFor(60, TimeUnit.SECONDS) && status.contains("running") && status.trim().endsWith("ours");
    }

    private static void kafka(String command) throws Exception {
        Process process = new ProcessBuilder(Path.of("..", "deploy", "local", "kafka.sh").toString(), command).inheritIO().start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("deploy/local/kafka.sh " + command + " failed");
        }
    }
}
