package nl.venster.venster.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times leave the service in UTC and are stored at the database's microsecond precision. */
public final class Tijd {

    private Tijd() {
    }

    public static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime nu(Clock clock) {
        return utc(OffsetDateTime.now(clock));
    }
}
