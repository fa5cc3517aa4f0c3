package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A region's status in a round (DESIGN.md §4). */
public enum RegioStatus {
    /** Round not closed, not all three financiers answered. */
    ONVOLLEDIG("onvolledig"),
    /** Round closed, at least one financier did not answer. */
    NIET_INGEVULD("niet-ingevuld"),
    /** Some question is divergent. */
    VERSCHIL("verschil"),
    /** No divergence, but all three are not tevreden on some question. */
    ONTEVREDEN("ontevreden"),
    IN_ORDE("in-orde");

    private final String code;

    RegioStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The statuses that put the ball with the region and, twice in a row without follow-up, raise a signal. */
    public boolean vraagtAandacht() {
        return this == VERSCHIL || this == ONTEVREDEN || this == NIET_INGEVULD;
    }

    public static Optional<RegioStatus> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
