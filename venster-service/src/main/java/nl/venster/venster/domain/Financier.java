package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The three financiers that answer in every region (DESIGN.md §1). */
public enum Financier implements Code {
    GEMEENTEN("gemeenten"),
    ZORGVERZEKERAAR("zorgverzekeraar"),
    ZORGKANTOOR("zorgkantoor");

    public static final String PATTERN = "^(gemeenten|zorgverzekeraar|zorgkantoor)$";

    private final String code;

    Financier(String code) {
        this.code = code;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @JsonCreator
    public static Financier of(String code) {
        return Code.parse(Financier.class, code).orElseThrow(() -> new IllegalArgumentException("onbekende financier"));
    }
}
