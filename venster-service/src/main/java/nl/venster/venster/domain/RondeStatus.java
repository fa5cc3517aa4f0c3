package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A round only moves forward: concept → open → gesloten. */
public enum RondeStatus implements Code {
    CONCEPT("concept"),
    OPEN("open"),
    GESLOTEN("gesloten");

    private final String code;

    RondeStatus(String code) {
        this.code = code;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public boolean isBefore(RondeStatus other) {
        return ordinal() < other.ordinal();
    }

    @JsonCreator
    public static RondeStatus of(String code) {
        return Code.parse(RondeStatus.class, code).orElseThrow(() -> new IllegalArgumentException("onbekende status"));
    }
}
