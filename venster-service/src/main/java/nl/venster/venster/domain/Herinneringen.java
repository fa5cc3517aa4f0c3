package nl.venster.venster.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;

/** When a round's reminders are due (pure rule, used by the round clock). */
public final class Herinneringen {

    private Herinneringen() {
    }

    /**
     * The reminder due now: of the configured days before closing whose moment has passed, the one closest to
     * closing. A moment before the round opened is never due (the invitation was just sent), and after
     * closing nothing is. When the clock missed a moment (service down) only the latest one is sent, not a
     * stale series.
     */
    public static Optional<Integer> nuTeSturen(Collection<Integer> dagenVoorSluiting, OffsetDateTime opent,
                                              OffsetDateTime sluit, OffsetDateTime nu) {
        if (!nu.isBefore(sluit)) {
            return Optional.empty();
        }
        return dagenVoorSluiting.stream()
                .filter(dagen -> {
                    OffsetDateTime moment = sluit.minusDays(dagen);
                    return moment.isAfter(opent) && !nu.isBefore(moment);
                })
                .min(Integer::compare);
    }
}
