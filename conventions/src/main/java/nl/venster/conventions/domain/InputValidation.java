package nl.venster.conventions.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one request, so the 400 lists them all instead of the first. */
public final class InputValidation {

    private final List<Weigering.OngeldigVeld> invalidParams = new ArrayList<>();

    public InputValidation require(boolean valid, String name, String reason) {
        if (!valid) {
            invalidParams.add(new Weigering.OngeldigVeld(name, reason));
        }
        return this;
    }

    public InputValidation add(String name, String reason) {
        return require(false, name, reason);
    }

    public boolean isValid() {
        return invalidParams.isEmpty();
    }

    /** Refuses the request (400) when any field was invalid. */
    public void throwIfInvalid() {
        if (!invalidParams.isEmpty()) {
            throw Weigering.ongeldig(invalidParams);
        }
    }
}
