package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KalenderTest {

    private static Clock utc(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void shortlyBeforeMidnightUtcItIsAlreadyTheNextDayInTheNetherlands() {
        // 23:30 UTC on 1 December is 00:30 on 2 December in Amsterdam (CET, UTC+1).
        assertEquals(LocalDate.of(2026, 12, 2), Kalender.vandaag(utc("2026-12-01T23:30:00Z")));
        // In summer (CEST, UTC+2) the Dutch day begins at 22:00 UTC.
        assertEquals(LocalDate.of(2026, 7, 2), Kalender.vandaag(utc("2026-07-01T22:00:00Z")));
    }

    @Test
    void beforeTheDutchMidnightItIsStillTheSameDay() {
        assertEquals(LocalDate.of(2026, 12, 1), Kalender.vandaag(utc("2026-12-01T22:59:59Z")));
        assertEquals(LocalDate.of(2026, 7, 1), Kalender.vandaag(utc("2026-07-01T21:59:59Z")));
    }

    @Test
    void theZoneOfTheClockDoesNotMatterOnlyItsInstant() {
        Clock elders = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.ofHours(-10));
        assertEquals(LocalDate.of(2026, 12, 2), Kalender.vandaag(elders));
    }

    @Test
    void aGivenPeildatumWinsOverToday() {
        Clock klok = utc("2026-12-01T23:30:00Z");
        assertEquals(LocalDate.of(2020, 1, 1), Kalender.peildatumOfVandaag(LocalDate.of(2020, 1, 1), klok));
        assertEquals(LocalDate.of(2026, 12, 2), Kalender.peildatumOfVandaag(null, klok));
    }
}
