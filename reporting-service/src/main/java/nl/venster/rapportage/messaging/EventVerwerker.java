package nl.venster.rapportage.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.rapportage.config.RapportageConfig;
import nl.venster.rapportage.service.Gebeurtenis;
import nl.venster.rapportage.service.ModelBijwerker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Handles one consumed record until it is either applied or parked on the dead-letter topic; only then
 * does the method return and the record get acknowledged (and its offset committed).
 *
 * <p>Why a retry loop instead of a nack: a nack would hand the record to the channel's failure strategy,
 * which either skips it (losing an acknowledged fact) or stops the channel for good. A database outage is
 * temporary, so the same record is tried again with a growing wait, on the channel's single ordered worker,
 * which holds back every later record of that channel: consumption stops without skipping and resumes by
 * itself when the database is back. The broker keeps being polled (partitions are paused while the buffer
 * is full), so the instance stays in its consumer group meanwhile. Only data errors that no retry can cure
 * (SQLState class 22 data exception, 23 constraint violation) go to the dead-letter topic.
 */
@ApplicationScoped
public class EventVerwerker {

    private static final Logger LOG = Logger.getLogger(EventVerwerker.class);

    private final GebeurtenisParser parser;
    private final ModelBijwerker bijwerker;
    private final DeadLetters deadLetters;
    private final EventsConfig eventsConfig;
    private final RapportageConfig config;
    private volatile boolean stopping;

    public EventVerwerker(GebeurtenisParser parser, ModelBijwerker bijwerker, DeadLetters deadLetters,
                          EventsConfig eventsConfig, RapportageConfig config) {
        this.parser = parser;
        this.bijwerker = bijwerker;
        this.deadLetters = deadLetters;
        this.eventsConfig = eventsConfig;
        this.config = config;
    }

    public void verwerk(ConsumerRecord<String, String> record) {
        Gebeurtenis gebeurtenis;
        try {
            gebeurtenis = parser.parse(zonderPrefix(record.topic()), record.key(), record.value());
        } catch (OngeldigeGebeurtenis e) {
            parkeer(record, e.getMessage());
            return;
        }
        Duration wacht = config.verwerking().eersteWachttijd();
        for (int poging = 1; ; poging++) {
            try {
                bijwerker.verwerk(gebeurtenis);
                if (poging > 1) {
                    LOG.infof("Event %s-%d@%d applied after %d attempts", record.topic(), record.partition(), record.offset(), poging);
                }
                return;
            } catch (RuntimeException e) {
                if (isDataFout(e)) {
                    parkeer(record, "niet op te slaan: " + sqlState(e));
                    return;
                }
                if (poging == 1) {
                    LOG.warnf("Event %s-%d@%d cannot be stored yet, retrying until the database is back: %s",
                            record.topic(), record.partition(), record.offset(), e.getMessage());
                }
                wacht = wachtEnVerdubbel(wacht);
            }
        }
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

    /** Sleeps, then returns the next wait; on shutdown it gives up without acknowledging the record. */
    private Duration wachtEnVerdubbel(Duration wacht) {
        if (stopping) {
            throw new IllegalStateException("shutting down; the record stays unacknowledged and is read again");
        }
        try {
            Thread.sleep(wacht.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted; the record stays unacknowledged", e);
        }
        Duration volgende = wacht.multipliedBy(2);
        return volgende.compareTo(config.verwerking().maximaleWachttijd()) > 0 ? config.verwerking().maximaleWachttijd() : volgende;
    }

    public String zonderPrefix(String topic) {
        String prefix = eventsConfig.topicPrefix();
        return topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
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
