package nl.venster.conventions.events;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The one rule every Kafka consumer follows when applying a record fails (pure, see {@link ConsumerFailures}
 * for the runtime): an invalid record goes to the dead-letter topic, an unknown event type is tolerated, and
 * anything else is transient and retried with exponential backoff, loudly once the quiet attempts are used up.
 */
public final class FailurePolicy {

    public enum Failure {
        /** Never applicable, whatever the retries: dead-letter it with its reason. */
        INVALID,
        /** A type this consumer does not know: count it and acknowledge it. */
        UNKNOWN_TYPE,
        /** Anything else (the database or broker away, a lock timeout): retry the same record. */
        TRANSIENT
    }

    private FailurePolicy() {
    }

    /**
     * Invalid: an {@link OngeldigEvent} (unreadable JSON, no type or id, data failing binding or validation,
     * incomplete snapshots), data that Jackson or Bean Validation refuses, or a database data error (SQLState
     * class 22 data exception, 23 integrity constraint violation). Only the cause chain counts, so wrapping
     * exceptions (transactions, persistence) do not hide it.
     */
    public static Failure classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OnbekendEventType) {
                return Failure.UNKNOWN_TYPE;
            }
            if (cause instanceof OngeldigEvent || cause instanceof JacksonException
                    || cause instanceof ConstraintViolationException || isDataError(cause)) {
                return Failure.INVALID;
            }
        }
        return Failure.TRANSIENT;
    }

    /** The dead-letter reason for an invalid record's failure. */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OngeldigEvent) {
                return cause.getMessage();
            }
            if (isDataError(cause)) {
                return "niet op te slaan: " + ((SQLException) cause).getSQLState();
            }
            if (cause instanceof JacksonException || cause instanceof ConstraintViolationException) {
                return "ongeldige data: " + cause.getMessage();
            }
        }
        return String.valueOf(failure.getMessage());
    }

    private static boolean isDataError(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"));
    }

    /**
     * The wait after failed attempt {@code attempt} (1-based): {@code first}, doubling per attempt, never more
     * than {@code max}.
     */
    public static Duration backoff(int attempt, Duration first, Duration max) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1");
        }
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * Whether a failed attempt is past the quiet bound: the first {@code quietAttempts} failures of a record are
     * retried with a warning; from the next one on the consumer counts as stuck and the failure is escalated.
     */
    public static boolean escalated(int attempt, int quietAttempts) {
        return attempt > quietAttempts;
    }
}
