package nl.venster.rapportage.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The four consumed topics. Each method runs on an ordered worker (one record at a time per channel) and
 * returns only after the record was applied or dead-lettered; the acknowledgement that follows lets the
 * throttled commit strategy commit the offset, so nothing is committed before it is stored.
 */
@ApplicationScoped
public class EventConsumers {

    private final EventVerwerker verwerker;

    public EventConsumers(EventVerwerker verwerker) {
        this.verwerker = verwerker;
    }

    @Incoming("regios")
    @Blocking
    public void regios(ConsumerRecord<String, String> record) {
        verwerker.verwerk(record);
    }

    @Incoming("rondes")
    @Blocking
    public void rondes(ConsumerRecord<String, String> record) {
        verwerker.verwerk(record);
    }

    @Incoming("antwoorden")
    @Blocking
    public void antwoorden(ConsumerRecord<String, String> record) {
        verwerker.verwerk(record);
    }

    @Incoming("opvolgingen")
    @Blocking
    public void opvolgingen(ConsumerRecord<String, String> record) {
        verwerker.verwerk(record);
    }
}
