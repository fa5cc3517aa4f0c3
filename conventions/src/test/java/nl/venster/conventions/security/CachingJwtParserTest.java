package nl.venster.conventions.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.venster.conventions.testing.TestJwtKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {

    private static final String ISSUER = "https://idp.example";
    private static final String AUDIENCE = "venster-api";
    private static final KeyPair KEYS = TestJwtKeys.newKeyPair();

    // Whole seconds, as in the exp and iat claims.
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final SettableClock clock = new SettableClock(start);
    private final AtomicInteger verifications = new AtomicInteger();
    private final JWTParser verifier = counting(realVerifier());

    @Test
    void aVerifiedTokenIsReusedForTheIdenticalText() throws ParseException {
        CachingJwtParser parser = parser(100);
        String token = claims().sign(KEYS.getPrivate());

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        assertSame(first, second);
        assertEquals(1, verifications.get());
        assertEquals("lezer-1", second.getSubject());
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsExpiryIsReached() throws ParseException {
        CachingJwtParser parser = parser(100);
        Instant expiry = start.plusSeconds(600);
        String token = claims().expiresAt(expiry).sign(KEYS.getPrivate());
        parser.parse(token);

        clock.set(expiry.minusMillis(1));
        parser.parse(token);
        assertEquals(1, verifications.get());

        clock.set(expiry);
        parser.parse(token);
        assertEquals(2, verifications.get());
    }

    @Test
    void aConfiguredMaximumAgeEndsReuseBeforeTheExpiry() throws ParseException {
        CachingJwtParser parser = new CachingJwtParser(verifier, new VerifiedTokens(100, Optional.of(60L), clock));
        String token = claims().issuedAt(start).expiresAt(start.plusSeconds(600)).sign(KEYS.getPrivate());
        parser.parse(token);

        clock.set(start.plusSeconds(60));
        parser.parse(token);

        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenWithAChangedSignatureIsRefusedAlthoughTheOriginalIsCached() throws ParseException {
        CachingJwtParser parser = parser(100);
        String token = claims().sign(KEYS.getPrivate());
        parser.parse(token);

        assertThrows(ParseException.class, () -> parser.parse(withChangedSignature(token)));
        assertThrows(ParseException.class, () -> parser.parse(withChangedSignature(token)));
        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void aFailedVerificationIsNeverCached() {
        CachingJwtParser parser = parser(100);
        String expired = claims().issuedAt(start.minusSeconds(7200)).expiresAt(start.minusSeconds(3600)).sign(KEYS.getPrivate());
        String wrongIssuer = claims().issuer("https://evil.example").sign(KEYS.getPrivate());
        String wrongAudience = claims().audience("other-api").sign(KEYS.getPrivate());
        String unknownKey = claims().sign(TestJwtKeys.newKeyPair().getPrivate());

        for (String token : new String[] {expired, wrongIssuer, wrongAudience, unknownKey, "not-a-jwt"}) {
            assertThrows(ParseException.class, () -> parser.parse(token));
            assertThrows(ParseException.class, () -> parser.parse(token));
        }

        assertEquals(10, verifications.get());
    }

    @Test
    void theCacheIsBoundedAndDropsTheOldestFirst() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(2, Optional.empty(), clock);
        CachingJwtParser parser = new CachingJwtParser(verifier, tokens);
        String oldest = claims().subject("a").sign(KEYS.getPrivate());
        String middle = claims().subject("b").sign(KEYS.getPrivate());
        String newest = claims().subject("c").sign(KEYS.getPrivate());
        parser.parse(oldest);
        parser.parse(middle);
        parser.parse(newest);
        assertEquals(2, tokens.size());
        assertEquals(3, verifications.get());

        parser.parse(middle);
        parser.parse(newest);
        assertEquals(3, verifications.get());
        parser.parse(oldest);
        assertEquals(4, verifications.get());
    }

    @Test
    void expiredEntriesMakeRoomBeforeValidOnes() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(2, Optional.empty(), clock);
        CachingJwtParser parser = new CachingJwtParser(verifier, tokens);
        String shortLived = claims().subject("a").expiresAt(start.plusSeconds(60)).sign(KEYS.getPrivate());
        String longLived = claims().subject("b").expiresAt(start.plusSeconds(600)).sign(KEYS.getPrivate());
        parser.parse(shortLived);
        parser.parse(longLived);

        clock.set(start.plusSeconds(61));
        parser.parse(claims().subject("c").sign(KEYS.getPrivate()));
        parser.parse(longLived);

        assertEquals(3, verifications.get());
    }

    @Test
    void switchedOffEveryRequestIsVerified() throws ParseException {
        CachingJwtParser parser = new CachingJwtParser(verifier, null);
        String token = claims().sign(KEYS.getPrivate());
        parser.parse(token);
        parser.parse(token);
        assertEquals(2, verifications.get());
    }

    private CachingJwtParser parser(int maximumSize) {
        return new CachingJwtParser(verifier, new VerifiedTokens(maximumSize, Optional.empty(), clock));
    }

    private JwtClaimsBuilder claims() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("lezer-1").groups(Set.of(Roles.LEZER))
                .issuedAt(start).expiresAt(start.plusSeconds(600));
    }

    /** One character in the middle of the signature replaced: same header and claims, another signature. */
    private static String withChangedSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static JWTParser realVerifier() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(KEYS.getPublic(), ISSUER);
        context.setExpectedAudience(Set.of(AUDIENCE));
        return new DefaultJWTParser(context);
    }

    /** The verifier, counting how often it is asked (and so how often a token is verified in full). */
    private JWTParser counting(JWTParser delegate) {
        return (JWTParser) Proxy.newProxyInstance(JWTParser.class.getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return method.invoke(delegate, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
