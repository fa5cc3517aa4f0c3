package nl.venster.rapportage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rapportage")
public interface RapportageConfig {

    Verwerking verwerking();

    Herbouw herbouw();

    interface Verwerking {
        /** First wait before the same record is tried again while the database is unavailable. */
        @WithDefault("200ms")
        Duration eersteWachttijd();

        /** The wait doubles per attempt up to this. */
        @WithDefault("10s")
        Duration maximaleWachttijd();
    }

    interface Herbouw {
        /** The rebuild reads all topics and replaces the model in one transaction; it is refused after this. */
        @WithDefault("10m")
        Duration maximaleDuur();
    }
}
