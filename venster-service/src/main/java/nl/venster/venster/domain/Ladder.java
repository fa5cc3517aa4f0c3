package nl.venster.venster.domain;

import java.util.Collection;
import java.util.Optional;
import nl.venster.conventions.vocabulary.OpvolgingSoort;

/** The escalation ladder is climbed in order (DESIGN.md §4): national parties act when a region asks. */
public final class Ladder {

    private Ladder() {
    }

    /**
     * Why the follow-up cannot be recorded after the region's earlier follow-ups in this round, if it cannot:
     * {@code geagendeerd-vws} needs an earlier {@code hulpvraag-vng-zn}.
     */
    public static Optional<String> weigering(OpvolgingSoort soort, Collection<OpvolgingSoort> eerdere) {
        if (soort == OpvolgingSoort.GEAGENDEERD_VWS && !eerdere.contains(OpvolgingSoort.HULPVRAAG_VNG_ZN)) {
            return Optional.of("Een vraagstuk kan pas bij VWS worden geagendeerd nadat de regio in deze ronde een hulpvraag"
                    + " aan VNG/ZN heeft gesteld (hulpvraag-vng-zn): de bal ligt eerst bij de regio. Leg eerst de hulpvraag vast.");
        }
        return Optional.empty();
    }
}
