package nl.venster.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The answer scale of a question, configured per round. */
public enum Schaal {
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

    public static Optional<Schaal> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @JsonCreator
    public static Schaal of(String code) {
        return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende schaal"));
    }
}
