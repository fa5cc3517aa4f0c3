package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The API Design Rules and HTTP conventions, checked inside each real service: a service's test class
 * extends this and is annotated {@code @QuarkusTest}.
 */
public abstract class ApiConventionsContract {

    /** Listed in the test profile's {@code api.cors.allowed-origins}. */
    protected static final String ALLOWED_ORIGIN = "https://front-end.example";

    protected final String base = ConfigProvider.getConfig().getValue("api.base-path", String.class);
    protected final String probe = base + "/conventie-test";
    protected final String lezer = TestTokens.lezer("conventies-lezer");
    protected final String beheerder = TestTokens.beheerder("conventies-beheerder");

    @Test
    void everyResponseCarriesApiVersionAndSecurityHeaders() {
        for (String path : new String[] {probe + "/lezen", base + "/bestaat-niet", Management.url("/q/health/live")}) {
            ValidatableResponse response = given().auth().oauth2(lezer).get(path).then()
                    .header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"))
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Referrer-Policy", "no-referrer");
            assertTrue(response.extract().statusCode() > 0);
        }
    }

    @Test
    void trailingSlashIsNotFound() {
        given().auth().oauth2(lezer).get(probe + "/lezen").then().statusCode(200);
        assertProblem(given().auth().oauth2(lezer).get(probe + "/lezen/").then(), 404);
        assertProblem(given().get(base + "/bestaat-niet/").then(), 404);
    }

    @Test
    void unknownPathsAreProblemJson() {
        assertProblem(given().auth().oauth2(lezer).get(base + "/bestaat-niet").then(), 404);
        assertProblem(given().get("/bestaat-helemaal-niet").then(), 404);
    }

    @Test
    void unsupportedMethodIs405WithAllow() {
        assertProblem(given().auth().oauth2(beheerder).delete(probe + "/lezen").then(), 405)
                .header("Allow", containsString("GET"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        assertProblem(given().auth().oauth2(lezer).accept("application/xml").get(probe + "/lezen").then(), 406);
    }

    @Test
    void unsupportedContentTypeIs415() {
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.TEXT).body("naam=x")
                .post(probe + "/schrijven").then(), 415);
    }

    @Test
    void malformedJsonIs400WithoutEchoingInput() {
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.JSON).body("{\"naam\": \"<script>")
                .post(probe + "/schrijven").then(), 400)
                .body(org.hamcrest.Matchers.not(containsString("<script>")));
    }

    @Test
    void aPathOrQueryParameterOfTheWrongTypeIs400NamingIt() {
        given().auth().oauth2(lezer).get(probe + "/getypeerd/3?id=" + UUID.randomUUID() + "&pageSize=5&peildatum=2026-01-01")
                .then().statusCode(200);
        assertProblem(given().auth().oauth2(lezer).get(probe + "/getypeerd/abc").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("nummer")));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/getypeerd/3?pageSize=abc").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("pageSize")));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/getypeerd/3?id=not-a-uuid").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("id")));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/getypeerd/3?peildatum=1-1-2026").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("peildatum")));
        // Every malformed value of one request at once, in the order the operation declares them.
        assertProblem(given().auth().oauth2(lezer).get(probe + "/getypeerd/x?peildatum=2026-13-01&id=1-1-1-1-1&pageSize=abc&pageSize=7").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("nummer", "id", "pageSize", "peildatum")))
                .body("invalidParams[2].reason", equalTo("moet een geheel getal zijn"));
    }

    @Test
    void invalidInputListsEveryInvalidField() {
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"naam\": \"\", \"score\": 11}")
                .post(probe + "/schrijven").then(), 400)
                .body("invalidParams", hasSize(2))
                .body("invalidParams.name", hasItems("naam", "score"))
                .body("invalidParams.reason", org.hamcrest.Matchers.everyItem(notNullValue()));
    }

    @Test
    void wrongTypeAndUnknownFieldsAreInvalidParams() {
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"score\": \"tien\"}")
                .post(probe + "/schrijven").then(), 400)
                .body("invalidParams.name", hasItems("score"));
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"score\": 5, \"extra\": true}")
                .post(probe + "/schrijven").then(), 400)
                .body("invalidParams.name", hasItems("extra"));
    }

    @Test
    void validInputIsAccepted() {
        given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"score\": 5}")
                .post(probe + "/schrijven").then().statusCode(200).body("score", equalTo(5));
    }

    @Test
    void unexpectedErrorIs500WithReferenceButNoInternals() {
        assertProblem(given().auth().oauth2(lezer).get(probe + "/fout").then(), 500)
                .body("instance", matchesPattern("urn:uuid:[0-9a-f-]{36}"))
                .body(org.hamcrest.Matchers.not(containsString("secret")));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String large = "{\"naam\": \"" + "x".repeat(300 * 1024) + "\", \"score\": 5}";
        assertProblem(given().auth().oauth2(beheerder).contentType(ContentType.JSON).body(large)
                .post(probe + "/schrijven").then(), 413);
    }

    @Test
    void unannotatedEndpointsAreDenied() {
        assertProblem(given().auth().oauth2(beheerder).get(probe + "/niet-geannoteerd").then(), 403);
    }

    @Test
    void corsFollowsTheAllowList() {
        given().auth().oauth2(lezer).header("Origin", ALLOWED_ORIGIN).get(probe + "/lezen").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("API-Version"));
        given().auth().oauth2(lezer).header("Origin", "https://evil.example").get(probe + "/lezen").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "PUT")
                .options(probe + "/schrijven").then()
                .statusCode(204)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        assertProblem(given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options(probe + "/schrijven").then(), 403);
    }

    @Test
    void openApiDocumentIsPublicWithCorsForEveryone() {
        given().header("Origin", "https://any-front-end.example").get(base + "/openapi.json").then()
                .statusCode(200)
                .contentType(containsString("json"))
                .header("Access-Control-Allow-Origin", "*")
                .header("API-Version", notNullValue())
                .body("openapi", matchesPattern("3\\..*"))
                .body("info.contact.name", notNullValue())
                .body("info.contact.email", notNullValue())
                .body("info.version", equalTo(ConfigProvider.getConfig().getValue("api.version", String.class)));
    }

    @Test
    void collectionsArePaginatedWithLinkHeaders() {
        given().auth().oauth2(lezer).get(probe + "/paginering?naam=x&page=2&pageSize=10").then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("[0]", equalTo(11))
                .header("X-Total-Count", "25")
                .header("Link", allOf(
                        containsString("<" + probe + "/paginering?naam=x&page=1&pageSize=10>; rel=\"first\""),
                        containsString("page=1&pageSize=10>; rel=\"prev\""),
                        containsString("page=3&pageSize=10>; rel=\"next\""),
                        containsString("page=3&pageSize=10>; rel=\"last\"")));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/paginering?page=0&pageSize=1000").then(), 400)
                .body("invalidParams.name", hasItems("page", "pageSize"));
    }

    @Test
    void writesAreRateLimitedPerClient() throws Exception {
        // A fresh subject gets its own bucket, so this test cannot starve the other tests' writes.
        String token = TestTokens.beheerder("rate-limit-" + UUID.randomUUID());
        int burst = ConfigProvider.getConfig().getValue("api.write-rate-limit.burst", Integer.class);
        // In parallel, so that the writes outpace the sustained rate even on a slow, loaded machine.
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CompletionService<ValidatableResponse> done = new java.util.concurrent.ExecutorCompletionService<>(writers);
            int attempts = 10 * burst;
            for (int i = 0; i < attempts; i++) {
                done.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body("{\"naam\": \"a\", \"score\": 5}").post(probe + "/schrijven").then());
            }
            ValidatableResponse refused = null;
            for (int i = 0; i < attempts && refused == null; i++) {
                ValidatableResponse response = done.take().get();
                if (response.extract().statusCode() == 429) {
                    refused = response;
                }
            }
            assertTrue(refused != null, "expected a 429 after the burst of " + burst + " writes");
            assertProblem(refused, 429)
                    .header("Retry-After", matchesPattern("\\d+"));
        } finally {
            writers.shutdownNow();
        }
    }
}
