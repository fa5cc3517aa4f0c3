package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of follow-up a region records; some of them move the region up the escalation ladder. */
public enum OpvolgingSoort {
    BESPROKEN("besproken", null),
    ACTIE_AFGESPROKEN("actie-afgesproken", null),
    HULPVRAAG_VNG_ZN("hulpvraag-vng-zn", Escalatie.VNG_ZN),
    GEAGENDEERD_VWS("geagendeerd-vws", Escalatie.VWS),
    AFGEROND("afgerond", Escalatie.AFGEROND);

    private final String code;
    private final Escalatie bereiktNiveau;

    OpvolgingSoort(String code, Escalatie bereiktNiveau) {
        this.code = code;
        this.bereiktNiveau = bereiktNiveau;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The escalation level this follow-up reaches, empty when it keeps the ball with the region. */
    public Optional<Escalatie> bereiktNiveau() {
        return Optional.ofNullable(bereiktNiveau);
    }

    public static Optional<OpvolgingSoort> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
