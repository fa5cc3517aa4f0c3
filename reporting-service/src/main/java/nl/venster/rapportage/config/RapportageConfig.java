package nl.venster.rapportage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rapportage")
public interface RapportageConfig {

    Herbouw herbouw();

    interface Herbouw {
        /** The rebuild reads all topics and replaces the model in one transaction; it is refused after this. */
        @WithDefault("10m")
        Duration maximaleDuur();
    }
}
