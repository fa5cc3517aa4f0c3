package nl.venster.conventions.events;

/**
 * A consumed record that can never be applied (malformed, invalid, incomplete): no retry can cure it, so the
 * consumer failure policy ({@link ConsumerFailures}) parks it on the service's dead-letter topic with this reason.
 */
public class OngeldigEvent extends RuntimeException {

    public OngeldigEvent(String reden) {
        super(reden, null, false, false);
    }
}
