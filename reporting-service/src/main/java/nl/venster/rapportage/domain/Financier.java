package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The three financiers that each give one answer per region and round (DESIGN.md §1). */
public enum Financier {
    GEMEENTEN("gemeenten"),
    ZORGVERZEKERAAR("zorgverzekeraar"),
    ZORGKANTOOR("zorgkantoor");

    private final String code;

    Financier(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Financier> vanCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
