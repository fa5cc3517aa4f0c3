package nl.venster.conventions.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import nl.venster.conventions.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real RS256 tokens signed with the test run's key, as the identity provider would issue them. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String beheerder(String subject) {
        return forRole(subject, Roles.BEHEERDER);
    }

    public static String lezer(String subject) {
        return forRole(subject, Roles.LEZER);
    }

    public static String aanspreekpunt(String subject) {
        return forRole(subject, Roles.AANSPREEKPUNT);
    }

    public static String forRole(String subject, String role) {
        return claims(subject, role).sign(TestJwtKeys.privateKey());
    }

    public static String expired(String subject, String role) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(subject, role).issuedAt(past.minusSeconds(600)).expiresAt(past).sign(TestJwtKeys.privateKey());
    }

    public static String withIssuer(String subject, String role, String issuer) {
        return claims(subject, role).issuer(issuer).sign(TestJwtKeys.privateKey());
    }

    public static String withAudience(String subject, String role, String audience) {
        return claims(subject, role).audience(audience).sign(TestJwtKeys.privateKey());
    }

    /** Signed by a key the service does not trust. */
    public static String signedByUnknownKey(String subject, String role) {
        PrivateKey foreign = TestJwtKeys.newKeyPair().getPrivate();
        return claims(subject, role).sign(foreign);
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        var config = ConfigProvider.getConfig();
        String issuer = config.getValue("mp.jwt.verify.issuer", String.class);
        String audience = config.getValue("mp.jwt.verify.audiences", String.class).split(",")[0];
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(subject)
                .groups(Set.of(role))
                .issuedAt(Instant.now())
                .expiresIn(600);
    }
}
