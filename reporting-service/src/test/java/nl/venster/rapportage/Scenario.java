package nl.venster.rapportage;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Unique data for one test. The test topics are shared with other tests, earlier runs and the other
 * services' suites, and open-ended regions from those suites belong to every future round. So each
 * scenario gets a random round year and an opening day of its own far in the past (years 1000–1899),
 * with regions valid only around that day: its rounds contain exactly its own regions.
 */
final class Scenario {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    final int jaar;
    final LocalDate openingsdag;
    private final String sleutel;

    Scenario() {
        this.jaar = 3000 + RANDOM.nextInt(2_000_000_000 - 3000);
        this.openingsdag = LocalDate.of(1000, 1, 1).plusDays(RANDOM.nextInt(328_000));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
        }
        this.sleutel = code.toString();
    }

    /** A region code unique to this scenario, e.g. {@code ZK07-K3M9Q2XA}. */
    String regio(String voorvoegsel) {
        return voorvoegsel + "-" + sleutel;
    }

    /** A region valid on this scenario's opening day and the day after (for two consecutive rounds). */
    void regio(String code, String naam, String zorgkantoorregio) {
        Events.regio(code, naam, zorgkantoorregio, openingsdag, openingsdag.plusDays(2), 1);
    }
}
