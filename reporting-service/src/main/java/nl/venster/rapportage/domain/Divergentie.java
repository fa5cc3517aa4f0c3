package nl.venster.rapportage.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Whether the three answers to one question diverge, and why. */
public record Divergentie(boolean gemengdTevreden, int spreiding, boolean spreidingTeGroot, boolean allenOntevreden) {

    public enum Reden {
        /** Some financiers are tevreden, others are not. */
        GEMENGD_TEVREDEN("gemengd-tevreden"),
        /** max − min reaches the round's spreidingsGrens. */
        SPREIDING("spreiding");

        private final String code;

        Reden(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public boolean divergent() {
        return gemengdTevreden || spreidingTeGroot;
    }

    public List<Reden> redenen() {
        List<Reden> redenen = new ArrayList<>();
        if (gemengdTevreden) {
            redenen.add(Reden.GEMENGD_TEVREDEN);
        }
        if (spreidingTeGroot) {
            redenen.add(Reden.SPREIDING);
        }
        return redenen;
    }
}
