package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The state of a yearly round as the venster-service publishes it. */
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

    public static Optional<RondeStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
