package nl.venster.conventions.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "events")
public interface EventsConfig {

    /** OIN of the organisation operating the system, part of every event's {@code source}. */
    String oin();

    /**
     * Prefix for every topic name; none in production, {@code test.} in the test profile so tests stay apart
     * from a running system. Optional because an empty configuration value counts as missing; in property
     * expressions write {@code ${events.topic-prefix:}}.
     */
    @WithName("topic-prefix")
    Optional<String> configuredTopicPrefix();

    default String topicPrefix() {
        return configuredTopicPrefix().orElse("");
    }

    Relay relay();

    /** How this service's Kafka consumers handle records they cannot apply (README, "Consumer failure policy"). */
    Consumer consumer();

    interface Relay {
        /** Whether this service publishes its outbox (a build-time switch: consumers-only services leave it off). */
        @WithDefault("false")
        boolean enabled();

        /** The safety-net poll; a commit wakes the relay at once anyway. */
        @WithDefault("1s")
        Duration interval();

        /** How many outbox rows one relay pass publishes at most. */
        @WithDefault("500")
        int batchSize();

        /** How much longer than the producer's delivery timeout the relay waits for an acknowledgement (a hung client). */
        @WithDefault("10s")
        Duration ackTimeout();

        /** How long published rows are kept for inspection before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {
        /** Whether this service consumes topics (a build-time switch, like the relay's): the policy's beans exist only then. */
        @WithDefault("false")
        boolean enabled();

        /** This service's dead-letter topic without the prefix, e.g. {@code venster.dead-letter}. */
        Optional<String> deadLetterTopic();

        /** The wait after the first failed attempt of a transient fault; it doubles per attempt. */
        @WithDefault("200ms")
        Duration firstWait();

        /** The longest wait between two attempts. */
        @WithDefault("10s")
        Duration maxWait();

        /**
         * Failed attempts of one record that are only warned about; after these the channel counts as stuck: an
         * ERROR and a DOWN liveness check (Kubernetes restarts the pod), while the attempts go on.
         */
        @WithDefault("30")
        int quietAttempts();
    }
}
