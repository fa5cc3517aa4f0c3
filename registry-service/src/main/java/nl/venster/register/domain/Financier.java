package nl.venster.register.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three financiers of care and support that cooperate in every region (DESIGN.md §1). */
public enum Financier {
    GEMEENTEN("gemeenten"),
    ZORGVERZEKERAAR("zorgverzekeraar"),
    ZORGKANTOOR("zorgkantoor");

    /** For Bean Validation of request fields. */
    public static final String PATROON = "gemeenten|zorgverzekeraar|zorgkantoor";

    private final String code;

    Financier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Financier> vanCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
