package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The state of a yearly round; a round moves forward: concept → open → gesloten → gepubliceerd. Only a beheerder's
 * withdrawal of a publication (with a reason) takes a round back, from gepubliceerd to gesloten.
 */
public enum RondeStatus {
    CONCEPT("concept"),
    OPEN("open"),
    GESLOTEN("gesloten"),
    GEPUBLICEERD("gepubliceerd");

    private final String code;

    RondeStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isBefore(RondeStatus other) {
        return ordinal() < other.ordinal();
    }

    /** Gesloten or later: no answer changes any more, missing answers stay missing. */
    public boolean afgesloten() {
        return !isBefore(GESLOTEN);
    }

    public static Optional<RondeStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @JsonCreator
    public static RondeStatus of(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende status"));
    }
}
