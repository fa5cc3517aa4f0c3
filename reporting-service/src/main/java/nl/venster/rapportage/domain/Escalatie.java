package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import nl.venster.conventions.vocabulary.OpvolgingSoort;

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

    /** The level a follow-up reaches, empty when it keeps the ball with the region. */
    public static Optional<Escalatie> bereiktDoor(OpvolgingSoort soort) {
        return switch (soort) {
            case BESPROKEN, ACTIE_AFGESPROKEN -> Optional.empty();
            case HULPVRAAG_VNG_ZN -> Optional.of(VNG_ZN);
            case GEAGENDEERD_VWS -> Optional.of(VWS);
            case AFGEROND -> Optional.of(AFGEROND);
        };
    }

    public static Optional<Escalatie> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
