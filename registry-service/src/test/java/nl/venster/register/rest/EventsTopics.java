package nl.venster.register.rest;

import org.eclipse.microprofile.config.ConfigProvider;

/** The test run's topic prefix: {@code test<suffix>.}, the suffix differing per checkout (deploy/local/lib.sh). */
final class EventsTopics {

    private EventsTopics() {
    }

    static String prefix() {
        return ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
    }
}
