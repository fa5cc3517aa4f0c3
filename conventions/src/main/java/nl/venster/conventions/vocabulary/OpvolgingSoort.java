package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The steps of the escalation ladder a region records (DESIGN.md §1 rule 5, §4). */
public enum OpvolgingSoort {
    BESPROKEN("besproken", false),
    ACTIE_AFGESPROKEN("actie-afgesproken", false),
    HULPVRAAG_VNG_ZN("hulpvraag-vng-zn", false),
    GEAGENDEERD_VWS("geagendeerd-vws", true),
    AFGEROND("afgerond", false);

    private final String code;
    private final boolean alleenBeheerder;

    OpvolgingSoort(String code, boolean alleenBeheerder) {
        this.code = code;
        this.alleenBeheerder = alleenBeheerder;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Only VNG/ZN put system issues on the agenda at VWS. */
    public boolean alleenBeheerder() {
        return alleenBeheerder;
    }

    public static Optional<OpvolgingSoort> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @JsonCreator
    public static OpvolgingSoort of(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende soort"));
    }
}
