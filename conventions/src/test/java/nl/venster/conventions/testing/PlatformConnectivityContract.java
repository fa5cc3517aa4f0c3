package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.venster.conventions.audit.AuditLog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Proves a service runs against the real PostgreSQL and the real Kafka broker, not stand-ins. */
public abstract class PlatformConnectivityContract {

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().get(Management.url("/q/health/ready")).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().get(Management.url("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void flywayMigratedTheServicesOwnTestDatabase() throws SQLException {
        // Looked up rather than injected: Quarkus does not inject into @Nested test classes' superclasses.
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet database = statement.executeQuery("select current_database(), version()");
            assertTrue(database.next());
            assertTrue(database.getString(1).endsWith("_test"), "tests must use the _test database");
            assertTrue(database.getString(2).startsWith("PostgreSQL"), "a real PostgreSQL server");
            ResultSet migrations = statement.executeQuery("select count(*) from flyway_schema_history where success");
            assertTrue(migrations.next());
            assertTrue(migrations.getInt(1) > 0, "Flyway applied the service's migrations");
        }
    }

    @Test
    void changesAreAuditedAndReadableByBeheerdersOnly() {
        String resourceId = "audit-" + UUID.randomUUID();
        AuditLog auditLog = Arc.container().instance(AuditLog.class).get();
        QuarkusTransaction.requiringNew().run(() -> auditLog.record("gewijzigd", "test-resource", resourceId, Map.of("veld", "waarde")));
        String base = ConfigProvider.getConfig().getValue("api.base-path", String.class);
        given().auth().oauth2(TestTokens.beheerder("auditor")).get(base + "/audit-regels?resourceType=test-resource&resourceId=" + resourceId)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].subject", equalTo(AuditLog.SYSTEM_SUBJECT))
                .body("[0].actie", equalTo("gewijzigd"))
                .body("[0].details.veld", equalTo("waarde"));
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.lezer("lezer")).get(base + "/audit-regels").then(), 403);
    }

    @Test
    void aRecordMakesTheRoundTripThroughTheRealBroker() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String topic = ConfigProvider.getConfig().getValue("events.topic-prefix", String.class) + "platform-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            try {
                Properties producerConfig = new Properties();
                producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
                try (KafkaProducer<String, String> producer =
                             new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                    producer.send(new ProducerRecord<>(topic, "sleutel", "waarde")).get();
                }
                Properties consumerConfig = new Properties();
                consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
                consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                try (KafkaConsumer<String, String> consumer =
                             new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    ConsumerRecord<String, String> received = null;
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (received == null && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            received = record;
                        }
                    }
                    assertTrue(received != null, "the record came back from the broker");
                    assertEquals("sleutel", received.key());
                    assertEquals("waarde", received.value());
                }
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }
}
