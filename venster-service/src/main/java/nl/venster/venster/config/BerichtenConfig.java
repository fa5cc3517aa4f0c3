package nl.venster.venster.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Messages to aanspreekpunten (DESIGN.md §8). The SMTP relay itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "venster.berichten")
public interface BerichtenConfig {

    /**
     * The answer form of the front-end, with {@code {jaar}}, {@code {regio}} and {@code {financier}} filled in
     * per invitation (URL-encoded).
     */
    @WithDefault("https://venster.example.nl/rondes/{jaar}/regios/{regio}/antwoorden/{financier}")
    String antwoordformulierUrl();

    /** Days before closing for reminders when a new round names none and copies none. */
    @WithDefault("14,3")
    List<Integer> herinneringen();

    /** The right-hand side of every Message-ID (a domain of the operator). */
    @WithDefault("venster.local")
    String messageIdDomein();

    /**
     * How long a confirmation waits before it is sent. A newer version by the same person within that time replaces
     * it (the earlier one is recorded as {@code vervallen}), so a series of quick corrections gets one confirmation,
     * of the last version.
     */
    @WithDefault("30s")
    Duration bevestigingWachttijd();

    Relay relay();

    interface Relay {
        /** Off: messages are only queued (e.g. an instance that must not send). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for due messages (used by {@code @Scheduled}). */
        @WithDefault("5s")
        Duration interval();

        /**
         * Messages sent side by side: each waits for its SMTP round trips and its commit, so a few in parallel
         * keep up with a round's opening (every aanspreekpunt at once). At most the mailer's pool size.
         */
        @WithDefault("4")
        int parallel();

        /** At most this many messages per pass, so one pass never runs for long. */
        @WithDefault("500")
        int batch();

        /** Attempts per message before it is given up as mislukt; an unreachable SMTP server uses up none. */
        @WithDefault("8")
        int maxPogingen();

        /** The wait after the first failed attempt; it doubles after each next one. */
        @WithDefault("1m")
        Duration eersteWachttijd();

        @WithDefault("1h")
        Duration maxWachttijd();

        /** The wait after the SMTP server could not be reached. */
        @WithDefault("30s")
        Duration storingWachttijd();
    }
}
