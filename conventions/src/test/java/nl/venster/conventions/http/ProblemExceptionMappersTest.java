package nl.venster.conventions.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTest {

    @Test
    void findsTheSqlStateDeepInTheCauseChain() {
        Exception wrapped = new RuntimeException("commit failed",
                new IllegalStateException("flush", new SQLException("duplicate key", "23505")));
        assertEquals("23505", ProblemExceptionMappers.sqlState(wrapped));
    }

    @Test
    void noSqlStateWithoutAnSqlException() {
        assertNull(ProblemExceptionMappers.sqlState(new IllegalStateException("boom")));
    }
}
