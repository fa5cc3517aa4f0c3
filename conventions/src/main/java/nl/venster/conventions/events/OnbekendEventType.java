package nl.venster.conventions.events;

/**
 * A well-formed event of a type this consumer does not know (a producer ahead of it): tolerated for forward
 * compatibility, counted and acknowledged by the consumer failure policy ({@link ConsumerFailures}).
 */
public class OnbekendEventType extends RuntimeException {

    private final String type;

    public OnbekendEventType(String type) {
        super("onbekend event-type " + type, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
