package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's probes of malformed input, inside each real service: everything is a 400 problem+json that
 * names the problem in Dutch, lists every problem at once, and echoes nothing raw.
 */
public abstract class StrictInputContract {

    protected final String base = ConfigProvider.getConfig().getValue("api.base-path", String.class);
    protected final String probe = base + "/conventie-test";
    protected final String beheerder = TestTokens.beheerder("strikte-invoer-beheerder");
    protected final String lezer = TestTokens.lezer("strikte-invoer-lezer");

    private ValidatableResponse post(String body) {
        return given().auth().oauth2(beheerder).contentType(ContentType.JSON).body(body).post(probe + "/schrijven").then();
    }

    @Test
    void duplicateKeysAreRefused() {
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"score\": 6}"), 400)
                .body("invalidParams.name", hasItem("score"))
                .body("invalidParams.reason", hasItem("komt meer dan eens voor"));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertProblem(post("{\"naam\": \"a\", \"score\": 5} xyz"), 400)
                .body("invalidParams.reason", hasItem(containsString("na het JSON-document")));
        assertProblem(post("{\"naam\": \"a\", \"score\": 5} {}"), 400);
    }

    @Test
    void nulLoneSurrogatesAndControlCharactersAreRefused() {
        for (String naam : new String[] {"a\\u0000b", "a\\ud800b", "a\\udc00", "a\\u001bb", "a\\u0007", "a\\u007f", "a\\u0085"}) {
            assertProblem(post("{\"naam\": \"" + naam + "\", \"score\": 5}"), 400)
                    .body("invalidParams.name", hasItem("naam"));
        }
        // Tab and newline only in long texts.
        assertProblem(post("{\"naam\": \"a\\tb\", \"score\": 5}"), 400).body("invalidParams.name", hasItem("naam"));
        assertProblem(post("{\"naam\": \"a\\nb\", \"score\": 5}"), 400).body("invalidParams.name", hasItem("naam"));
        post("{\"naam\": \"a\", \"score\": 5, \"toelichting\": \"regel 1\\nregel 2\\tmet tab\"}").statusCode(200)
                .body("toelichting", equalTo("regel 1\nregel 2\tmet tab"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"toelichting\": \"bel\\u0007\"}"), 400)
                .body("invalidParams.name", hasItem("toelichting"));
        // A paired surrogate (an emoji) is ordinary text.
        post("{\"naam\": \"a \\ud83d\\ude00\", \"score\": 5}").statusCode(200);
    }

    @Test
    void scalarsAreNotCoerced() {
        assertProblem(post("{\"naam\": \"a\", \"score\": 7.5}"), 400).body("invalidParams.name", hasItem("score"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 7.0}"), 400).body("invalidParams.name", hasItem("score"));
        assertProblem(post("{\"naam\": \"a\", \"score\": \"5\"}"), 400).body("invalidParams.name", hasItem("score"));
        assertProblem(post("{\"naam\": 12, \"score\": 5}"), 400).body("invalidParams.name", hasItem("naam"));
        assertProblem(post("{\"naam\": true, \"score\": 5}"), 400).body("invalidParams.name", hasItem("naam"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"actief\": \"true\"}"), 400).body("invalidParams.name", hasItem("actief"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"actief\": 1}"), 400).body("invalidParams.name", hasItem("actief"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"cijfers\": [1, \"2\", 3.5]}"), 400)
                .body("invalidParams.name", hasItems("cijfers[1]", "cijfers[2]"));
        assertProblem(post("{\"naam\": \"a\", \"score\": 99999999999}"), 400).body("invalidParams.name", hasItem("score"));
        assertProblem(post("{\"naam\": [\"a\"], \"score\": {}}"), 400).body("invalidParams.name", hasItems("naam", "score"));
    }

    @Test
    void datesAreIsoWithAFourDigitYear() {
        for (String datum : new String[] {"20240101", "\"+57385-07-07\"", "\"2024-1-1\"", "\"01-01-2024\"", "\"2024-02-30\"",
                "\"0999-01-01\"", "\"2024-01-01T00:00:00Z\"", "\"\""}) {
            assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"datum\": " + datum + "}"), 400)
                    .body("invalidParams.name", hasItem("datum"))
                    .body("invalidParams.reason", everyItem(not(containsString("Exception"))));
        }
        post("{\"naam\": \"a\", \"score\": 5, \"datum\": \"2024-02-29\"}").statusCode(200).body("datum", equalTo("2024-02-29"));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertProblem(post("{\"naam\": 5, \"score\": \"tien\", \"onbekend\": 1, \"ook-onbekend\": 2, \"datum\": 20240101}"), 400)
                .body("invalidParams.name", containsInAnyOrder("naam", "score", "onbekend", "ook-onbekend", "datum"));
    }

    @Test
    void echoedNamesAreCutAndEscaped() {
        String longName = "x".repeat(11 * 1024);
        assertProblem(post("{\"naam\": \"a\", \"score\": 5, \"" + longName + "\": 1, \"<script>\\u0000\": 2}"), 400)
                .body("invalidParams", hasSize(2))
                .body("invalidParams.name", everyItem(org.hamcrest.Matchers.matchesPattern(".{1,120}")))
                .body(not(containsString("<script>")))
                .body(not(containsString("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")));
    }

    @Test
    void bodyValidationMessagesAreDutch() {
        assertProblem(post("{\"naam\": \"\", \"score\": 11}"), 400)
                .body("invalidParams.reason", everyItem(not(containsString("must"))))
                .body("invalidParams.reason", hasItems("is verplicht en mag niet leeg zijn", "mag ten hoogste 10 zijn"));
        assertProblem(given().auth().oauth2(beheerder).header("Accept-Language", "en-US").contentType(ContentType.JSON)
                .body("{\"naam\": \"abcdefghijklmnopqrstuvwxyz\"}").post(probe + "/schrijven").then(), 400)
                .body("invalidParams.reason", hasItems("is verplicht", "lengte of aantal moet tussen 0 en 20 liggen"));
    }

    @Test
    void malformedJsonNamesNoInput() {
        for (String body : new String[] {"{", "{\"naam\": }", "[1,2", "nul", "{'naam': 'a'}", "{\"naam\": \"a\" \"score\": 5}"}) {
            assertProblem(post(body), 400).body("invalidParams", hasSize(1));
        }
        assertProblem(given().auth().oauth2(beheerder).contentType("application/json; charset=UTF-8")
                .body(new byte[] {'{', '"', 'n', 'a', 'a', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .post(probe + "/schrijven").then(), 400);
    }

    @Test
    void bodyWithoutContentTypeIs415() {
        assertProblem(given().auth().oauth2(beheerder).body("{\"naam\": \"a\", \"score\": 5}".getBytes())
                .post(probe + "/schrijven").then(), 415);
    }

    @Test
    void acceptingNothingIs406() {
        assertProblem(given().auth().oauth2(lezer).header("Accept", "application/json;q=0, */*;q=0")
                .get(probe + "/lezen").then(), 406);
        given().auth().oauth2(lezer).header("Accept", "application/json;q=0.5, */*;q=0").get(probe + "/lezen").then().statusCode(200);
    }

    @Test
    void queryBooleansAndDatesAreStrict() {
        given().auth().oauth2(lezer).get(probe + "/lezen?actief=true&peildatum=2026-01-01").then().statusCode(200);
        assertProblem(given().auth().oauth2(lezer).get(probe + "/lezen?actief=maybe").then(), 400)
                .body("invalidParams.name", hasItem("actief"))
                .body("invalidParams.reason", hasItem("moet true of false zijn"));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/lezen?actief=TRUE").then(), 400);
        assertProblem(given().auth().oauth2(lezer).get(probe + "/lezen?peildatum=%2B57385-07-07").then(), 400)
                .body("invalidParams.name", hasItem("peildatum"));
        assertProblem(given().auth().oauth2(lezer).get(probe + "/paginering?page=abc&pageSize=7.5").then(), 400)
                .body("invalidParams.name", hasItems("page"));
    }

    @Test
    void twoAuthorizationHeadersAre400() {
        assertProblem(given().header("Authorization", "Bearer " + lezer).header("Authorization", "Bearer " + beheerder)
                .get(probe + "/lezen").then(), 400);
    }

    @Test
    void tooLongUriIs414ProblemJson() {
        assertProblem(given().auth().oauth2(lezer).get(probe + "/lezen?naam=" + "x".repeat(5000)).then(), 414);
    }

    @Test
    void tooLargeHeadersAre431ProblemJson() {
        assertProblem(given().auth().oauth2(lezer).header("X-Groot", "x".repeat(20 * 1024)).get(probe + "/lezen").then(), 431);
    }

    @Test
    void chunkedBodyOverTheLimitIs413ProblemJson() throws Exception {
        HttpResponse<String> response = postChunked(("{\"naam\": \"" + "x".repeat(300 * 1024) + "\", \"score\": 5}").getBytes());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("API-Version").isPresent());
        assertTrue(response.body().contains("\"status\":413"), response.body());
        // Below the limit, a chunked body reaches the resource as usual.
        HttpResponse<String> small = postChunked("{\"naam\": \"a\", \"score\": 5}".getBytes());
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("\"score\":5"), small.body());
    }

    /** An InputStream publisher has no length: the JDK client sends the body chunked, without Content-Length. */
    private HttpResponse<String> postChunked(byte[] body) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + probe + "/schrijven"))
                        .header("Authorization", "Bearer " + beheerder)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tooLongRequestLineIs414EvenForHttp10() throws Exception {
        String answer = rawRequest("GET " + probe + "/lezen?naam=" + "x".repeat(5000) + " HTTP/1.0\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.0 414") || answer.startsWith("HTTP/1.1 414"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":414"), answer);
    }

    private static String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unknownMethodOnAKnownPathIs405WithAllow() {
        assertProblem(given().auth().oauth2(beheerder).patch(probe + "/lezen").then(), 405)
                .header("Allow", containsString("GET"));
        assertProblem(given().auth().oauth2(beheerder).request("TRACE", probe + "/lezen").then(), 405)
                .header("Allow", containsString("GET"));
    }

    @Test
    void operationalEndpointsAreOnTheManagementPortOnly() {
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/q/swagger-ui"}) {
            assertProblem(given().get(path).then(), 404);
        }
        given().get(Management.url("/q/health/live")).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
        given().get(Management.url("/q/metrics")).then().statusCode(200);
        given().get(Management.url("/q/swagger-ui/")).then().statusCode(200);
        for (String method : new String[] {"TRACE", "DELETE", "POST", "PUT"}) {
            for (String path : new String[] {"/q/health/ready", "/q/metrics"}) {
                assertProblem(given().request(method, Management.url(path)).then(), 405)
                        .header("Allow", "GET, HEAD, OPTIONS");
            }
        }
    }
}
