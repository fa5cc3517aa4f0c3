package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The state of a yearly round; a round only moves forward: concept → open → gesloten. */
public enum RondeStatus {
    CONCEPT("concept"),
    OPEN("open"),
    GESLOTEN("gesloten");

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

    public static Optional<RondeStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @JsonCreator
    public static RondeStatus of(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende status"));
    }
}
