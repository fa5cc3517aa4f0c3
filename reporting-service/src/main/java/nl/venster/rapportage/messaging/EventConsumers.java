package nl.venster.rapportage.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The consumed topics, each consumed in polled batches ({@code batch=true}). Each method runs on an
 * ordered worker (one batch at a time per channel) and returns only after every record of the batch was
 * applied or dead-lettered; the acknowledgement that follows acknowledges the batch's last record per
 * partition, so the throttled commit strategy commits those offsets and nothing is committed before it is
 * stored.
 */
@ApplicationScoped
public class EventConsumers {

    private final EventVerwerker verwerker;

    public EventConsumers(EventVerwerker verwerker) {
        this.verwerker = verwerker;
    }

    @Incoming("regios")
    @Blocking
    public void regios(ConsumerRecords<String, String> records) {
        verwerker.verwerk(inVolgorde(records));
    }

    @Incoming("agendas")
    @Blocking
    public void agendas(ConsumerRecords<String, String> records) {
        verwerker.verwerk(inVolgorde(records));
    }

    @Incoming("rondes")
    @Blocking
    public void rondes(ConsumerRecords<String, String> records) {
        verwerker.verwerk(inVolgorde(records));
    }

    @Incoming("antwoorden")
    @Blocking
    public void antwoorden(ConsumerRecords<String, String> records) {
        verwerker.verwerk(inVolgorde(records));
    }

    @Incoming("opvolgingen")
    @Blocking
    public void opvolgingen(ConsumerRecords<String, String> records) {
        verwerker.verwerk(inVolgorde(records));
    }

    /** Partition by partition, each in offset order: an aggregate's events share a partition. */
    private static List<ConsumerRecord<String, String>> inVolgorde(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> lijst = new ArrayList<>(records.count());
        records.forEach(lijst::add);
        return lijst;
    }
}
