package nl.venster.conventions.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Validates every response of every @QuarkusTest of a service against its contract in {@code openapi/}: registered
 * through META-INF/services of this test-jar, so each service gets it by depending on the test-jar.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String application = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class).orElse("");
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (Files.exists(root.resolve(Path.of("openapi", application + ".openapi.json")))) {
            ContractValidationFilter.install(root, application);
        }
    }
}
