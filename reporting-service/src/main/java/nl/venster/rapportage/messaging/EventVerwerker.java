package nl.venster.rapportage.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.venster.conventions.events.ConsumerFailures;
import nl.venster.conventions.events.EventsConfig;
import nl.venster.conventions.events.FailurePolicy;
import nl.venster.conventions.events.OnbekendEventType;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.service.ModelBijwerker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Handles one polled batch of consumed records under the consumer failure policy ({@link ConsumerFailures}):
 * the method returns, and the batch is acknowledged (its offsets committed), only once each record was applied,
 * dead-lettered or passed over as an unknown type. Records that are no valid event are dead-lettered one by one;
 * the others are applied in ONE transaction ({@link ModelBijwerker#verwerk}), which costs about as much as one
 * record did, and retried as a whole while the fault is transient (the database away). When the batch hits a
 * data error that no retry cures (SQLState class 22/23), its events are applied again one by one, so only the
 * record at fault is dead-lettered.
 */
@ApplicationScoped
public class EventVerwerker {

    private static final Logger LOG = Logger.getLogger(EventVerwerker.class);

    private final EventBinding binding;
    private final ModelBijwerker bijwerker;
    private final ConsumerFailures failures;
    private final EventsConfig eventsConfig;

    public EventVerwerker(EventBinding binding, ModelBijwerker bijwerker, ConsumerFailures failures, EventsConfig eventsConfig) {
        this.binding = binding;
        this.bijwerker = bijwerker;
        this.failures = failures;
        this.eventsConfig = eventsConfig;
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
            } catch (OngeldigEvent | OnbekendEventType e) {
                failures.settle(record, e);
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
            failures.settle(gelezen.get(0).record(), dataFout);
            return;
        }
        LOG.warnf("%s: %s, applying its events one by one", beschrijving(gelezen), FailurePolicy.reason(dataFout));
        for (Gelezen een : gelezen) {
            RuntimeException fout = pasToe(List.of(een));
            if (fout != null) {
                failures.settle(een.record(), fout);
            }
        }
    }

    /**
     * Applies the events in one transaction, retried by the policy while the fault is transient; returns the
     * failure that no retry can cure, or null once they are stored.
     */
    private RuntimeException pasToe(List<Gelezen> gelezen) {
        List<ModelEvent> events = gelezen.stream().map(Gelezen::event).toList();
        return failures.attempt(gelezen.get(0).record().topic(), beschrijving(gelezen), () -> bijwerker.verwerk(events));
    }

    private static String beschrijving(List<Gelezen> gelezen) {
        ConsumerRecord<String, String> eerste = gelezen.get(0).record();
        return gelezen.size() == 1 ? ConsumerFailures.describe(eerste)
                : "Batch of " + gelezen.size() + " events from " + eerste.topic() + "-" + eerste.partition() + "@" + eerste.offset();
    }

    private String zonderPrefix(String topic) {
        return Topics.zonderPrefix(eventsConfig.topicPrefix(), topic);
    }
}
