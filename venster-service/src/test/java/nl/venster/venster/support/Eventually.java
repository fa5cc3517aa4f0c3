package nl.venster.venster.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls for an asynchronous effect with a generous deadline, instead of sleeping a fixed time. */
public final class Eventually {

    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
        fail("not within " + DEADLINE.toSeconds() + "s: " + what);
    }
}
