package nl.venster.venster.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

public class ClockProducer {

    /** One clock for every rule that depends on "now", so the time is never read in scattered places. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
