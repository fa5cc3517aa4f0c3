package nl.venster.venster.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Opens and closes rounds when their opening or closing time has passed, and publishes the change. */
@ApplicationScoped
public class RondeKlok {

    private static final Logger LOG = Logger.getLogger(RondeKlok.class);

    /** A request saw that the clock has moved a round past its stored status. */
    public record Achter(int jaar) {
    }

    private final RondeService rondes;
    private final ExecutorService extraTik = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ronde-klok");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean extraTikGepland = new AtomicBoolean();

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

    /**
     * Runs a tick at once, instead of at the next interval, after the transaction that noticed the lag has
     * ended (it may hold a lock the tick needs). Requests noticing it together share one extra tick.
     */
    void naTransactie(@Observes(during = TransactionPhase.AFTER_COMPLETION) Achter achter) {
        if (extraTikGepland.compareAndSet(false, true)) {
            extraTik.execute(() -> {
                extraTikGepland.set(false);
                tik();
            });
        }
    }

    @PreDestroy
    void stop() {
        extraTik.shutdownNow();
    }
}
