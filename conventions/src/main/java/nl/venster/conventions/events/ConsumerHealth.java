package nl.venster.conventions.events;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN while a consumed topic is stuck on a record ({@link ConsumerFailures}): the escalation of the consumer
 * failure policy. Liveness, not readiness: the pod still serves its API, and a restart (the kubelet's answer to
 * a failing liveness probe) redelivers the unacknowledged record and clears whatever state the process got into.
 */
@Liveness
@ApplicationScoped
@IfBuildProperty(name = "events.consumer.enabled", stringValue = "true")
public class ConsumerHealth implements HealthCheck {

    private final ConsumerFailures failures;

    public ConsumerHealth(ConsumerFailures failures) {
        this.failures = failures;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka consumers").up();
        failures.stuck().forEach((topic, stuck) -> response.down()
                .withData(topic, "stuck since " + stuck.since() + " after " + stuck.attempts() + " attempts: " + stuck.error()));
        return response.build();
    }
}
