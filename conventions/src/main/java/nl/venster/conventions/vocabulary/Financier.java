package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The three financiers of care and support that each answer in every region (DESIGN.md §1). */
public enum Financier {
    GEMEENTEN("gemeenten"),
    ZORGVERZEKERAAR("zorgverzekeraar"),
    ZORGKANTOOR("zorgkantoor");

    /** For Bean Validation of request fields ({@code @Pattern} matches the whole value). */
    public static final String PATROON = "gemeenten|zorgverzekeraar|zorgkantoor";

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

    @JsonCreator
    public static Financier of(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende financier"));
    }
}
