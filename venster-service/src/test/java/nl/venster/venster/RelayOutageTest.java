package nl.venster.venster;

import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.indienen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.Scenario;
import nl.venster.venster.support.UnpublishableAntwoordenTopic;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * While Kafka cannot take the answer events, submissions still succeed (they only need PostgreSQL and
 * the replica); the events wait in the outbox and arrive, each exactly once, when Kafka takes them again.
 * The refusal is a missing topic under a prefix of this test's own, so the shared broker stays up for the
 * other suites; {@code BrokerOutageTest} does the same with the broker really stopped.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@TestProfile(RelayOutageTest.OwnTopics.class)
class RelayOutageTest {

    public static class OwnTopics implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UnpublishableAntwoordenTopic.class));
        }
    }

    @Test
    void submissionsSucceedWhileEventsCannotBePublishedAndArriveOnceAfterwards() {
        Scenario.Regio regio = Scenario.regioMetAanspreekpunten();
        int jaar = Scenario.openRonde();

        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);
        indienen(regio.token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 7, 7), "\"1\"").then().statusCode(200);
        indienen(regio.token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(5, 5, 5), null).then().statusCode(201);
        String topic = ConfigProvider.getConfig().getValue("events.topic-prefix", String.class) + "venster.antwoorden";
        assertEquals(3, AntwoordenTest.rows("select count(*) from outbox_event where topic = ? and published_at is null", topic),
                "the events wait in the outbox");

        UnpublishableAntwoordenTopic.createAntwoordenTopic();

        List<EventReader.Event> events = EventReader.read("venster.antwoorden", "antwoordset/" + jaar + "/" + regio.code() + "/", 3);
        assertEquals(3, events.size(), "each submission exactly once");
        assertEquals(List.of(1L, 2L), events.stream()
                .filter(event -> event.cloudEvent().get("subject").asText().endsWith("/gemeenten"))
                .map(EventReader.Event::sequence).toList());
        Eventually.until("the relay marks the rows published", () -> AntwoordenTest.rows(
                "select count(*) from outbox_event where topic = ? and published_at is null", topic) == 0);
    }
}
