package nl.venster.venster.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Queues the reminders of open rounds when their moment has come (each moment once, see {@link BerichtenService}). */
@ApplicationScoped
public class BerichtenKlok {

    private static final Logger LOG = Logger.getLogger(BerichtenKlok.class);

    private final BerichtenService berichten;

    public BerichtenKlok(BerichtenService berichten) {
        this.berichten = berichten;
    }

    @Scheduled(every = "${venster.ronde-klok.interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        for (Integer jaar : berichten.openRondes()) {
            try {
                int aantal = berichten.herinneringenVersturen(jaar);
                if (aantal > 0) {
                    LOG.infof("Ronde %d: %d herinneringen klaargezet", jaar, aantal);
                }
            } catch (RuntimeException e) {
                // The moment is recorded only with its reminders; the next tick tries again.
                LOG.warnf("Herinneringen voor ronde %d niet klaargezet: %s", jaar, e.getMessage());
            }
        }
    }
}
