package nl.venster.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Small HTTP helpers shared by the scenarios: bearer calls and polling with a generous deadline. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    /** A request with the token, or without Authorization when token is null. */
    public static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType("application/json").accept("application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.asString(), e);
        }
    }

    /** JSON as a tree, for comparing expectations written as maps and lists. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /**
     * Retries until the value satisfies the condition and returns it; after the deadline returns the last value,
     * so the caller's assertion shows what differs. Eventual consistency, not timing, is what is waited for.
     */
    public static <T> T poll(Duration deadline, Supplier<T> value, Predicate<T> done) {
        Instant end = Instant.now().plus(deadline);
        T last = value.get();
        while (!done.test(last) && Instant.now().isBefore(end)) {
            ServiceProcess.sleep(500);
            last = value.get();
        }
        return last;
    }
}
