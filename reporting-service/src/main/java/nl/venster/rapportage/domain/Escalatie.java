package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The escalation ladder, lowest first: the declaration order is the order of the steps. */
public enum Escalatie {
    GEEN("geen"),
    REGIO("regio"),
    VNG_ZN("vng-zn"),
    VWS("vws"),
    AFGEROND("afgerond");

    private final String code;

    Escalatie(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Escalatie> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
