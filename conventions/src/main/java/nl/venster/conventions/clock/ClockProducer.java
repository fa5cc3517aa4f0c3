package nl.venster.conventions.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of every service: each rule that depends on "now" injects it, so the time is never read in
 * scattered places and a test can put a clock of its own in its place (a bean of type Clock replaces this one).
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
