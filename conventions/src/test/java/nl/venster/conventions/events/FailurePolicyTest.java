package nl.venster.conventions.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.venster.conventions.events.FailurePolicy.Failure;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    @Test
    void invalidRecordsAndDataErrorsAreInvalidWhereverTheyAreInTheCauseChain() {
        assertEquals(Failure.INVALID, FailurePolicy.classify(new OngeldigEvent("geen geldige CloudEvent-JSON")));
        assertEquals(Failure.INVALID, FailurePolicy.classify(new IllegalStateException("wrapped", new OngeldigEvent("x"))));
        assertEquals(Failure.INVALID, FailurePolicy.classify(new RuntimeException(new SQLException("value too long", "22001"))));
        assertEquals(Failure.INVALID, FailurePolicy.classify(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertEquals(Failure.INVALID, FailurePolicy.classify(new IllegalArgumentException(new JsonParseException(null, "bad"))));
        assertEquals(Failure.INVALID, FailurePolicy.classify(new ConstraintViolationException("naam ontbreekt", Set.of())));
    }

    @Test
    void anUnknownTypeIsTolerated() {
        assertEquals(Failure.UNKNOWN_TYPE, FailurePolicy.classify(new OnbekendEventType("nl.venster.register.regio.gesplitst")));
    }

    @Test
    void everythingElseIsTransient() {
        assertEquals(Failure.TRANSIENT, FailurePolicy.classify(new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("connection refused", "08001"))));
        assertEquals(Failure.TRANSIENT, FailurePolicy.classify(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertEquals(Failure.TRANSIENT, FailurePolicy.classify(new RuntimeException(new SQLException("no state"))));
        assertEquals(Failure.TRANSIENT, FailurePolicy.classify(new IllegalStateException("transaction timeout")));
        assertEquals(Failure.TRANSIENT, FailurePolicy.classify(new NullPointerException()));
    }

    @Test
    void theReasonNamesTheInvalidRecordsProblem() {
        assertEquals("data.code ontbreekt", FailurePolicy.reason(new IllegalStateException(new OngeldigEvent("data.code ontbreekt"))));
        assertEquals("niet op te slaan: 22001", FailurePolicy.reason(new RuntimeException("insert failed", new SQLException("too long", "22001"))));
        assertTrue(FailurePolicy.reason(new ConstraintViolationException("naam ontbreekt", Set.of())).contains("naam ontbreekt"));
    }

    @Test
    void theWaitDoublesFromTheFirstUpToTheMaximum() {
        Duration first = Duration.ofMillis(200);
        Duration max = Duration.ofSeconds(10);
        assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L),
                IntStream.rangeClosed(1, 8).mapToObj(a -> FailurePolicy.backoff(a, first, max).toMillis()).toList());
        assertEquals(max, FailurePolicy.backoff(10_000, first, max), "no overflow after many attempts");
        assertEquals(Duration.ofSeconds(1), FailurePolicy.backoff(1, Duration.ofSeconds(5), Duration.ofSeconds(1)), "never above the maximum");
        assertThrows(IllegalArgumentException.class, () -> FailurePolicy.backoff(0, first, max));
    }

    @Test
    void theFailureIsEscalatedOnceTheQuietAttemptsAreUsedUp() {
        assertFalse(FailurePolicy.escalated(1, 3));
        assertFalse(FailurePolicy.escalated(3, 3));
        assertTrue(FailurePolicy.escalated(4, 3));
        assertTrue(FailurePolicy.escalated(1, 0), "no quiet attempts: every failure is loud");
    }
}
