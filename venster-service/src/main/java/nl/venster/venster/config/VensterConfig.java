package nl.venster.venster.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "venster")
public interface VensterConfig {

    /** The zone in which "on the submission date" is judged: roles have Dutch calendar dates. */
    @WithDefault("Europe/Amsterdam")
    ZoneId tijdzone();

    RondeKlok rondeKlok();

    interface RondeKlok {
        /** How often the scheduler opens and closes rounds whose time has come (used by {@code @Scheduled}). */
        @WithDefault("30s")
        Duration interval();
    }
}
