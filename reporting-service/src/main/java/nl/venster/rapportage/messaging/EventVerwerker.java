package nl.venster.rapportage.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.rapportage.config.RapportageConfig;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.service.ModelBijwerker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Handles one polled batch of consumed records until each record is either applied or parked on the
 * dead-letter topic; only then does the method return and the batch get acknowledged (and its offsets
 * committed). Records that are no valid event are parked one by one; the others are applied in ONE
 * transaction ({@link ModelBijwerker#verwerk}), which costs about as much as one record did.
 *
 * <p>Why a retry loop instead of a nack: a nack would hand the batch to the channel's failure strategy,
 * which either skips it (losing acknowledged facts) or stops the channel for good. A database outage is
 * temporary, so the same batch is tried again with a growing wait, on the channel's single ordered worker,
 * which holds back every later record of that channel: consumption stops without skipping and resumes by
 * itself when the database is back. The broker keeps being polled (partitions are paused while the buffer
 * is full), so the instance stays in its consumer group meanwhile. Only data errors that no retry can cure
 * (SQLState class 22 data exception, 23 constraint violation) go to the dead-letter topic: when a batch
 * hits one, its events are applied again one by one, so only the record at fault is parked.
 */
@ApplicationScoped
public class EventVerwerker {

    private static final Logger LOG = Logger.getLogger(EventVerwerker.class);

    private final EventBinding binding;
    private final ModelBijwerker bijwerker;
    private final DeadLetters deadLetters;
    private final EventsConfig eventsConfig;
    private final RapportageConfig config;
    private volatile boolean stopping;

    public EventVerwerker(EventBinding binding, ModelBijwerker bijwerker, DeadLetters deadLetters,
                          EventsConfig eventsConfig, RapportageConfig config) {
        this.binding = binding;
        this.bijwerker = bijwerker;
        this.deadLetters = deadLetters;
        this.eventsConfig = eventsConfig;
        this.config = config;
    }

    private record Gelezen(ConsumerRecord<String, String> record, ModelEvent event) {
    }

    /** One record: a batch of one. */
    public void verwerk(ConsumerRecord<String, String> record) {
        verwerk(List.of(record));
    }

    /** The records in stream order (per partition in offset order). */
    public void verwerk(List<ConsumerRecord<String, String>> records) {
        List<Gelezen> gelezen = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                gelezen.add(new Gelezen(record, binding.bind(zonderPrefix(record.topic()), record.key(), record.value())));
            } catch (OngeldigEvent e) {
                parkeer(record, e.getMessage());
            }
        }
        if (gelezen.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        RuntimeException dataFout = pasToe(gelezen);
        if (dataFout == null) {
            if (LOG.isDebugEnabled()) {
                long micros = Math.max(1, (System.nanoTime() - start) / 1000);
                LOG.debugf("Applied %d events of %s in one transaction in %d ms (%d events/s)", gelezen.size(),
                        records.get(0).topic(), micros / 1000, gelezen.size() * 1_000_000L / micros);
            }
            return;
        }
        if (gelezen.size() == 1) {
            parkeer(gelezen.get(0).record(), "niet op te slaan: " + sqlState(dataFout));
            return;
        }
        LOG.warnf("%s: data error %s, applying its events one by one", beschrijving(gelezen), sqlState(dataFout));
        for (Gelezen een : gelezen) {
            RuntimeException fout = pasToe(List.of(een));
            if (fout != null) {
                parkeer(een.record(), "niet op te slaan: " + sqlState(fout));
            }
        }
    }

    /**
     * Applies the events in one transaction, trying again with a growing wait while the database is
     * unavailable; returns the data error that no retry can cure, or null once they are stored.
     */
    private RuntimeException pasToe(List<Gelezen> gelezen) {
        List<ModelEvent> events = gelezen.stream().map(Gelezen::event).toList();
        Duration wacht = config.verwerking().eersteWachttijd();
        for (int poging = 1; ; poging++) {
            try {
                bijwerker.verwerk(events);
                if (poging > 1) {
                    LOG.infof("%s applied after %d attempts", beschrijving(gelezen), poging);
                }
                return null;
            } catch (RuntimeException e) {
                if (isDataFout(e)) {
                    return e;
                }
                if (poging == 1) {
                    LOG.warnf("%s cannot be stored yet, retrying until the database is back: %s", beschrijving(gelezen), e.getMessage());
                }
                wacht = wachtEnVerdubbel(wacht);
            }
        }
    }

    private static String beschrijving(List<Gelezen> gelezen) {
        ConsumerRecord<String, String> eerste = gelezen.get(0).record();
        String plek = eerste.topic() + "-" + eerste.partition() + "@" + eerste.offset();
        return gelezen.size() == 1 ? "Event " + plek : "Batch of " + gelezen.size() + " events from " + plek;
    }

    private void parkeer(ConsumerRecord<String, String> record, String reden) {
        Duration wacht = config.verwerking().eersteWachttijd();
        while (true) {
            try {
                deadLetters.park(record, reden);
                LOG.warnf("Event %s-%d@%d parked on the dead-letter topic: %s", record.topic(), record.partition(), record.offset(), reden);
                return;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while parking an event", e);
                }
                LOG.warnf("Dead letter cannot be published yet, retrying: %s", e.getMessage());
                wacht = wachtEnVerdubbel(wacht);
            }
        }
    }

    /** Sleeps, then returns the next wait; on shutdown it gives up without acknowledging the batch. */
    private Duration wachtEnVerdubbel(Duration wacht) {
        if (stopping) {
            throw new IllegalStateException("shutting down; the records stay unacknowledged and are read again");
        }
        try {
            Thread.sleep(wacht.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; the records stay unacknowledged", e);
        }
        Duration volgende = wacht.multipliedBy(2);
        return volgende.compareTo(config.verwerking().maximaleWachttijd()) > 0 ? config.verwerking().maximaleWachttijd() : volgende;
    }

    private String zonderPrefix(String topic) {
        return Topics.zonderPrefix(eventsConfig.topicPrefix(), topic);
    }

    static boolean isDataFout(Throwable e) {
        String state = sqlState(e);
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
