package nl.venster.conventions.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token verifier of every service: smallrye-jwt's own parser, which quarkus-smallrye-jwt calls
 * once per request, with the verified result reused for later requests that carry the byte-identical token.
 * A client sends the same token for its lifetime, and an RS256 signature check plus claim parsing costs far
 * more than the request itself. A token is remembered only after the full verification (signature, issuer,
 * audience, expiry) succeeded, and only until its {@code exp}; a failure is never remembered, so a changed
 * token is always verified anew. Roles are still checked per request against the token's groups.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final JWTParser verifier;
    private final VerifiedTokens verified;

    @Inject
    public CachingJwtParser(DefaultJWTParser verifier, JWTAuthContextInfo authContext, TokenCacheConfig config) {
        this(verifier, config.enabled()
                ? new VerifiedTokens(config.maximumSize(), Optional.ofNullable(authContext.getTokenAge()), Clock.systemUTC())
                : null);
    }

    /** {@code verified} null: no reuse. */
    CachingJwtParser(JWTParser verifier, VerifiedTokens verified) {
        this.verifier = verifier;
        this.verified = verified;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return verifier.parse(token);
        }
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        verified.put(token, fresh);
        return fresh;
    }

    // Verification with other keys or settings than the service's own: never cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
