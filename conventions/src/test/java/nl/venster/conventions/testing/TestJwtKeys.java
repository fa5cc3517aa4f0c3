package nl.venster.conventions.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Generates the test run's RSA key pair and points the service under test at its public key. The pair
 * lives in files because the test and the application under test load this class in different class
 * loaders; the process id keeps parallel or repeated runs apart.
 */
public class TestJwtKeys implements QuarkusTestResourceLifecycleManager {

    static final Path DIRECTORY = Path.of("target", "test-jwt", Long.toString(ProcessHandle.current().pid()));
    private static final Path PRIVATE_KEY = DIRECTORY.resolve("private.der");
    private static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");

    @Override
    public Map<String, String> start() {
        ensureKeys();
        return Map.of("mp.jwt.verify.publickey.location", PUBLIC_KEY.toAbsolutePath().toUri().toString());
    }

    @Override
    public void stop() {
        // The files stay for the rest of this JVM's tests; target/ is cleaned by the build.
    }

    static synchronized void ensureKeys() {
        if (Files.exists(PRIVATE_KEY) && Files.exists(PUBLIC_KEY)) {
            return;
        }
        try {
            KeyPair pair = newKeyPair();
            Files.createDirectories(DIRECTORY);
            Files.write(PRIVATE_KEY, pair.getPrivate().getEncoded());
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(PUBLIC_KEY, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrivateKey privateKey() {
        ensureKeys();
        try {
            byte[] der = Files.readAllBytes(PRIVATE_KEY);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
