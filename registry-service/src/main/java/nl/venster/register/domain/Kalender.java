package nl.venster.register.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Validity dates are Dutch calendar dates: "today" is the date in the Netherlands at the clock's instant, whatever
 * the zone of the clock or the machine (the one clock is UTC). The one place that says so.
 */
public final class Kalender {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Kalender() {
    }

    public static LocalDate vandaag(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), NEDERLAND);
    }

    /** The given peildatum, or today when none was given. */
    public static LocalDate peildatumOfVandaag(LocalDate peildatum, Clock clock) {
        return peildatum == null ? vandaag(clock) : peildatum;
    }
}
