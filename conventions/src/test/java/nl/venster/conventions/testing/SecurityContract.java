package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import nl.venster.conventions.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Bearer-token verification and role checks, with real tokens signed at test time. */
public abstract class SecurityContract {

    private final String base = ConfigProvider.getConfig().getValue("api.base-path", String.class);
    private final String lezen = base + "/conventie-test/lezen";
    private final String schrijven = base + "/conventie-test/schrijven";

    @Test
    void validTokenWithAllowedRoleIsAccepted() {
        given().auth().oauth2(TestTokens.lezer("lezer-1")).get(lezen).then().statusCode(200);
    }

    @Test
    void missingTokenIs401() {
        assertProblem(given().get(lezen).then(), 401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void expiredTokenIs401() {
        assertProblem(given().auth().oauth2(TestTokens.expired("lezer-1", Roles.LEZER)).get(lezen).then(), 401);
    }

    @Test
    void wrongIssuerIs401() {
        assertProblem(given().auth().oauth2(TestTokens.withIssuer("lezer-1", Roles.LEZER, "https://evil.example"))
                .get(lezen).then(), 401);
    }

    @Test
    void wrongAudienceIs401() {
        assertProblem(given().auth().oauth2(TestTokens.withAudience("lezer-1", Roles.LEZER, "other-api"))
                .get(lezen).then(), 401);
    }

    @Test
    void badSignatureIs401() {
        assertProblem(given().auth().oauth2(TestTokens.signedByUnknownKey("lezer-1", Roles.LEZER)).get(lezen).then(), 401);
    }

    @Test
    void garbageTokenIs401() {
        assertProblem(given().auth().oauth2("not-a-jwt").get(lezen).then(), 401);
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"score\": 5}").post(schrijven).then(), 403);
        assertProblem(given().auth().oauth2(TestTokens.aanspreekpunt("contact-1")).contentType(ContentType.JSON)
                .body("{\"naam\": \"a\", \"score\": 5}").post(schrijven).then(), 403);
    }

    @Test
    void unknownRoleIs403() {
        assertProblem(given().auth().oauth2(TestTokens.forRole("x", "superuser")).get(lezen).then(), 403);
    }
}
