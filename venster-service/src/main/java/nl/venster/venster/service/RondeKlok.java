package nl.venster.venster.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Opens and closes rounds when their opening or closing time has passed, and publishes the change. */
@ApplicationScoped
public class RondeKlok {

    private static final Logger LOG = Logger.getLogger(RondeKlok.class);

    private final RondeService rondes;

    public RondeKlok(RondeService rondes) {
        this.rondes = rondes;
    }

    @Scheduled(every = "${venster.ronde-klok.interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        try {
            rondes.rondesBijKlokZetten().forEach(jaar -> LOG.infof("Ronde %d is bij de klok gezet", jaar));
        } catch (RuntimeException e) {
            // The next tick tries again; a round's state never depends on one tick.
            LOG.warnf("Rondes konden niet bij de klok worden gezet: %s", e.getMessage());
        }
    }
}
