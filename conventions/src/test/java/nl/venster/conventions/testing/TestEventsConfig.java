package nl.venster.conventions.testing;

import java.time.Duration;
import java.util.Optional;
import nl.venster.conventions.events.EventsConfig;

/** An {@link EventsConfig} for plain unit tests of a consumer: prefix {@code test.}, waits of a few milliseconds. */
public final class TestEventsConfig {

    private TestEventsConfig() {
    }

    public static EventsConfig consumer(String deadLetterTopic, int quietAttempts) {
        return new EventsConfig() {
            public String oin() {
                return "00000000000000000000";
            }

            public Optional<String> configuredTopicPrefix() {
                return Optional.of("test.");
            }

            public Relay relay() {
                return null;
            }

            public Consumer consumer() {
                return new Consumer() {
                    public boolean enabled() {
                        return true;
                    }

                    public Optional<String> deadLetterTopic() {
                        return Optional.of(deadLetterTopic);
                    }

                    public Duration firstWait() {
                        return Duration.ofMillis(1);
                    }

                    public Duration maxWait() {
                        return Duration.ofMillis(5);
                    }

                    public int quietAttempts() {
                        return quietAttempts;
                    }
                };
            }
        };
    }
}
