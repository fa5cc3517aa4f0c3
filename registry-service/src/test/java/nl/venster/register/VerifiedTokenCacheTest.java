package nl.venster.register;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import nl.venster.conventions.security.CachingJwtParser;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The conventions' verified-token cache is the verifier this service uses, and it lets no altered token through. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class VerifiedTokenCacheTest {

    private static final String REGIOS = "/api/register/v1/regios";

    @Inject
    JWTParser parser;

    @Test
    void bearerTokensAreVerifiedByTheCachingParser() {
        assertInstanceOf(CachingJwtParser.class, parser);
    }

    @Test
    void aReusedTokenKeepsWorkingAndAnAlteredCopyIsRefused() {
        String token = TestTokens.lezer("lezer-cache");
        given().auth().oauth2(token).get(REGIOS).then().statusCode(200);
        given().auth().oauth2(token).get(REGIOS).then().statusCode(200);

        int at = token.lastIndexOf('.') + 20;
        String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertProblem(given().auth().oauth2(altered).get(REGIOS).then(), 401);
    }

    @Test
    void aCachedTokenStillNeedsAnAllowedRole() {
        String token = TestTokens.lezer("lezer-cache");
        given().auth().oauth2(token).get(REGIOS).then().statusCode(200);
        assertProblem(given().auth().oauth2(token).contentType("application/json").body("{}").post(REGIOS).then(), 403);
    }
}
