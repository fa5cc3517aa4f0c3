package nl.venster.venster.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import org.junit.jupiter.api.Test;

class LadderTest {

    @Test
    void vwsFollowsAHulpvraag() {
        assertTrue(Ladder.weigering(OpvolgingSoort.GEAGENDEERD_VWS, List.of()).isPresent());
        assertTrue(Ladder.weigering(OpvolgingSoort.GEAGENDEERD_VWS,
                List.of(OpvolgingSoort.BESPROKEN, OpvolgingSoort.ACTIE_AFGESPROKEN, OpvolgingSoort.AFGEROND)).isPresent());
        assertFalse(Ladder.weigering(OpvolgingSoort.GEAGENDEERD_VWS,
                List.of(OpvolgingSoort.BESPROKEN, OpvolgingSoort.HULPVRAAG_VNG_ZN)).isPresent());
    }

    @Test
    void theOtherStepsNeedNothingBeforeThem() {
        for (OpvolgingSoort soort : OpvolgingSoort.values()) {
            if (soort != OpvolgingSoort.GEAGENDEERD_VWS) {
                assertFalse(Ladder.weigering(soort, List.of()).isPresent(), soort.code());
            }
        }
    }
}
