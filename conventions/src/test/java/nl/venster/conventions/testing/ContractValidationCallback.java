package nl.venster.conventions.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Validates every response of every @QuarkusTest of a service against its contract: registered through
 * META-INF/services of this test-jar, so each service gets it by depending on the test-jar. The contract is the
 * document the service serves, which OpenApiContract keeps equal to the file in openapi/.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String base = ConfigProvider.getConfig().getOptionalValue("api.base-path", String.class).orElse(null);
        if (base == null) {
            return;
        }
        ContractValidationFilter.installServed(base);
    }
}
