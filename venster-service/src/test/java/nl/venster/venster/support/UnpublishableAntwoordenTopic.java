package nl.venster.venster.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Gives the service a topic prefix of its own whose {@code venster.antwoorden} topic does not exist yet:
 * the broker refuses those events exactly as when it is away, without disturbing the shared broker that
 * other test suites use at the same time. {@link #createAntwoordenTopic()} plays "the broker is back".
 */
public class UnpublishableAntwoordenTopic implements QuarkusTestResourceLifecycleManager {

    static final String BOOTSTRAP = "127.0.0.1:9092";
    static final List<String> READY_TOPICS = List.of("register.regios", "register.contactpersonen", "venster.rondes", "venster.opvolgingen");
    private static volatile String prefix;

    @Override
    public Map<String, String> start() {
        prefix = "test-uitval-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        try (Admin admin = admin()) {
            admin.createTopics(READY_TOPICS.stream().map(topic -> new NewTopic(prefix + topic, 1, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the test topics", e);
        }
        return Map.of("events.topic-prefix", prefix);
    }

    @Override
    public void stop() {
        try (Admin admin = admin()) {
            List<String> topics = new java.util.ArrayList<>(READY_TOPICS.stream().map(topic -> prefix + topic).toList());
            topics.add(prefix + "venster.antwoorden");
            List<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(topics::contains).toList();
            admin.deleteTopics(existing).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Leftover topics of a crashed run are harmless: their names are unique to that run.
        }
    }

    public static void createAntwoordenTopic() {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(prefix + "venster.antwoorden", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the answers topic", e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
    }
}
