package nl.venster.rapportage.messaging;

/** An event that can never be applied (malformed or invalid): it goes to the dead-letter topic. */
public class OngeldigEvent extends Exception {

    public OngeldigEvent(String reden) {
        super(reden, null, false, false);
    }
}
