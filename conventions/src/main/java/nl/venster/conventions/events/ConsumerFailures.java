package nl.venster.conventions.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The consumer failure policy of every Kafka consumer (README, "Consumer failure policy"; the rule itself is
 * {@link FailurePolicy}). A record is acknowledged only after it was applied, dead-lettered or recognised as an
 * event type this service does not know; until then the channel's single ordered worker keeps trying it, which
 * holds back the later records of that channel without skipping any.
 *
 * <p>Why retrying in place instead of a nack: a nack hands the record to the channel's failure strategy, which
 * either skips it (losing an acknowledged fact) or stops the channel for good. A transient fault (the database
 * away) is retried with exponential backoff; the first {@code quiet-attempts} failures are warnings, after that
 * the channel counts as stuck: one ERROR, and the liveness check ({@link ConsumerHealth}) is DOWN until the record
 * goes through, so Kubernetes restarts the pod and the unacknowledged record is delivered again. The attempts go on
 * meanwhile, so a fault that clears before the restart costs nothing. On shutdown the attempts stop and the record
 * stays unacknowledged.
 */
@ApplicationScoped
@IfBuildProperty(name = "events.consumer.enabled", stringValue = "true")
public class ConsumerFailures {

    public static final String DEAD_LETTERED = "events.dead.lettered";
    public static final String UNKNOWN_TYPE = "events.unknown.type";

    private static final Logger LOG = Logger.getLogger(ConsumerFailures.class);

    /** A channel (by topic) whose record failed more often than the quiet attempts allow. */
    public record Stuck(int attempts, Instant since, String error) {
    }

    private final EventsConfig.Consumer config;
    private final DeadLetters deadLetters;
    private final MeterRegistry meterRegistry;
    private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public ConsumerFailures(EventsConfig config, DeadLetters deadLetters, MeterRegistry meterRegistry) {
        this.config = config.consumer();
        this.deadLetters = deadLetters;
        this.meterRegistry = meterRegistry;
    }

    /**
     * Applies one record: returns once it was applied, dead-lettered (invalid) or counted as an unknown type;
     * a transient failure is retried until one of those happens.
     */
    public void apply(ConsumerRecord<String, String> record, Consumer<ConsumerRecord<String, String>> apply) {
        RuntimeException failure = attempt(record.topic(), describe(record), () -> apply.accept(record));
        if (failure != null) {
            settle(record, failure);
        }
    }

    /** Dead-letters an invalid record or counts an unknown type, after a failure that {@link #attempt} returned. */
    public void settle(ConsumerRecord<String, String> record, RuntimeException failure) {
        if (failure instanceof OnbekendEventType unknown) {
            unknownType(record, unknown.type());
        } else {
            deadLetter(record, FailurePolicy.reason(failure));
        }
    }

    /**
     * Runs {@code action} until it succeeds (returns null) or fails with an invalid record or unknown type
     * (returns that failure: retrying would not change it). Transient failures are retried with backoff.
     *
     * @param topic  the consumed topic: the channel that is stuck while this does not succeed
     * @param what   what is tried, for the log (e.g. "Event register.regios-2@41")
     */
    public RuntimeException attempt(String topic, String what, Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                if (attempt > 1) {
                    LOG.infof("%s succeeded after %d attempts", what, attempt);
                }
                goesOn(topic);
                return null;
            } catch (RuntimeException e) {
                if (FailurePolicy.classify(e) != FailurePolicy.Failure.TRANSIENT) {
                    goesOn(topic);
                    return e;
                }
                failed(topic, what, attempt, e);
            }
        }
    }

    /** Publishes the record to the dead-letter topic, retrying (as a transient fault) until the broker has it. */
    public void deadLetter(ConsumerRecord<String, String> record, String reason) {
        RuntimeException failure = attempt(record.topic(), "Dead letter of " + describe(record), () -> {
            try {
                deadLetters.park(record, reason);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering; the record stays unacknowledged", e);
            } catch (Exception e) {
                throw new IllegalStateException("dead letter not published: " + e.getMessage(), e);
            }
        });
        if (failure != null) {
            // Publishing a dead letter has no invalid outcome; should it ever get one, the record must not be acknowledged.
            throw new IllegalStateException("dead letter not published: " + failure.getMessage(), failure);
        }
        counter(DEAD_LETTERED, "Records that could not be applied and went to the dead-letter topic", record.topic(), null)
                .increment();
        LOG.warnf("%s went to the dead-letter topic %s: %s", describe(record), deadLetters.topic(), reason);
    }

    /** A type this consumer does not know: tolerated (forward compatibility), counted and logged at debug. */
    public void unknownType(ConsumerRecord<String, String> record, String type) {
        counter(UNKNOWN_TYPE, "Events of a type this consumer does not know, acknowledged without effect", record.topic(), type)
                .increment();
        LOG.debugf("%s has type %s, which this consumer does not know; acknowledged without effect", describe(record), type);
    }

    /** The channels (topics) that are stuck now. */
    public Map<String, Stuck> stuck() {
        return Map.copyOf(stuck);
    }

    public static String describe(ConsumerRecord<String, String> record) {
        return "Event " + record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private void goesOn(String topic) {
        if (stuck.remove(topic) != null) {
            LOG.infof("Consumption of %s goes on", topic);
        }
    }

    private void failed(String topic, String what, int attempt, RuntimeException e) {
        if (stopping) {
            throw new IllegalStateException("shutting down; the records stay unacknowledged and are read again", e);
        }
        if (FailurePolicy.escalated(attempt, config.quietAttempts())) {
            Stuck before = stuck.get(topic);
            stuck.put(topic, new Stuck(attempt, before == null ? Instant.now() : before.since(), String.valueOf(e.getMessage())));
            if (before == null) {
                LOG.errorf(e, "%s failed %d times; consumption of %s is stuck (liveness DOWN) and keeps being retried",
                        what, attempt, topic);
            }
        } else if (attempt == 1) {
            LOG.warnf("%s cannot be applied yet, retrying: %s", what, e.getMessage());
        } else {
            LOG.debugf("%s failed again (attempt %d): %s", what, attempt, e.getMessage());
        }
        sleep(FailurePolicy.backoff(attempt, config.firstWait(), config.maxWait()));
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; the records stay unacknowledged", interrupted);
        }
    }

    private Counter counter(String name, String description, String topic, String type) {
        Counter.Builder builder = Counter.builder(name).description(description).tag("topic", topic);
        if (type != null) {
            builder.tag("type", type);
        }
        return builder.register(meterRegistry);
    }

    public void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
