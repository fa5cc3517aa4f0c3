package nl.venster.register.service;

import java.util.List;

/**
 * A refusal (409) that names the gemeenten in question, so a client can show or fix them without parsing
 * {@code detail}; rendered as problem+json with the extension member {@code gemeenten}.
 */
public class GemeentenConflict extends RuntimeException {

    private final transient List<?> gemeenten;

    public GemeentenConflict(String detail, List<?> gemeenten) {
        super(detail, null, false, false);
        this.gemeenten = List.copyOf(gemeenten);
    }

    public List<?> gemeenten() {
        return gemeenten;
    }
}
