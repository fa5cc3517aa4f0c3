package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The steps of the escalation ladder a region records (DESIGN.md §1 rule 5, §4). */
public enum OpvolgingSoort implements Code {
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
    @Override
    public String code() {
        return code;
    }

    /** Only VNG/ZN put system issues on the agenda at VWS. */
    public boolean alleenBeheerder() {
        return alleenBeheerder;
    }

    @JsonCreator
    public static OpvolgingSoort of(String code) {
        return Code.parse(OpvolgingSoort.class, code).orElseThrow(() -> new IllegalArgumentException("onbekende soort"));
    }
}
