package nl.venster.venster.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The answer scale of a question. */
public enum Schaal implements Code {
    /** Scores 1–10. */
    RAPPORTCIJFER("rapportcijfer", 1, 10),
    /** Score 1 = ja, 0 = nee (as in the event contract). */
    JA_NEE("ja-nee", 0, 1);

    private final String code;
    private final int minimum;
    private final int maximum;

    Schaal(String code, int minimum, int maximum) {
        this.code = code;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public int minimum() {
        return minimum;
    }

    public int maximum() {
        return maximum;
    }

    public boolean accepts(int score) {
        return score >= minimum && score <= maximum;
    }

    @JsonCreator
    public static Schaal of(String code) {
        return Code.parse(Schaal.class, code).orElseThrow(() -> new IllegalArgumentException("onbekende schaal"));
    }
}
