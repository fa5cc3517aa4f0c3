package nl.venster.rapportage.service;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import nl.venster.rapportage.domain.ModelEvent;

/**
 * Where the rebuild reads every consumed event from, from the beginning (the topics; implemented by messaging, so
 * the rebuild does not depend on how events are read and bound).
 */
public interface EventBron {

    /**
     * One batch as read: its valid events in stream order, and how many records were invalid (those were
     * dead-lettered by the live consumer and are only counted).
     */
    record Partij(List<ModelEvent> events, long ongeldig) {
    }

    /** Hands every event written before the call to {@code verwerker}; fails when that takes longer than {@code maximaleDuur}. */
    void leesAlles(Duration maximaleDuur, Consumer<Partij> verwerker);
}
