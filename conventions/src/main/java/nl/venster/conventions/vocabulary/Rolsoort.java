package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The roles a contact can hold in a region for a financier (DESIGN.md §1 rule 2). */
public enum Rolsoort {
    BESTUURLIJK_AANSPREEKPUNT("bestuurlijk-aanspreekpunt"),
    AMBTELIJK_AANSPREEKPUNT("ambtelijk-aanspreekpunt"),
    TREKKER("trekker"),
    REGIOCOORDINATOR("regiocoordinator");

    /** For Bean Validation of request fields ({@code @Pattern} matches the whole value). */
    public static final String PATROON = "bestuurlijk-aanspreekpunt|ambtelijk-aanspreekpunt|trekker|regiocoordinator";

    private final String code;

    Rolsoort(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Only an aanspreekpunt may answer for its financier (DESIGN.md §4). */
    public boolean isAanspreekpunt() {
        return this == BESTUURLIJK_AANSPREEKPUNT || this == AMBTELIJK_AANSPREEKPUNT;
    }

    public static Optional<Rolsoort> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
