package nl.venster.register.domain;

import java.util.Arrays;
import java.util.Optional;

/** The roles a contact can hold in a region for a financier (DESIGN.md §1 rule 2). */
public enum Rolsoort {
    BESTUURLIJK_AANSPREEKPUNT("bestuurlijk-aanspreekpunt"),
    AMBTELIJK_AANSPREEKPUNT("ambtelijk-aanspreekpunt"),
    TREKKER("trekker"),
    REGIOCOORDINATOR("regiocoordinator");

    /** For Bean Validation of request fields. */
    public static final String PATROON = "bestuurlijk-aanspreekpunt|ambtelijk-aanspreekpunt|trekker|regiocoordinator";

    private final String code;

    Rolsoort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Rolsoort> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
