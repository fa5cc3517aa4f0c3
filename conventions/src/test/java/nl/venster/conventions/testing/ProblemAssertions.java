package nl.venster.conventions.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** What every error response of every service must look like (DESIGN.md §5). */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"))
                .header("X-Content-Type-Options", "nosniff")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("nl.venster.")));
    }
}
