package nl.venster.rapportage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.venster.conventions.testing.ApiConventionsContract;
import nl.venster.conventions.testing.BadInputGuardContract;
import nl.venster.conventions.testing.OpenApiContract;
import nl.venster.conventions.testing.PlatformConnectivityContract;
import nl.venster.conventions.testing.SecurityContract;
import nl.venster.conventions.testing.StrictInputContract;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Nested;

/** The platform's shared contracts, run against this service. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class PlatformContractsTest {

    @Nested
    class HttpConventions extends ApiConventionsContract {
    }

    @Nested
    class Security extends SecurityContract {
    }

    @Nested
    class StrictInput extends StrictInputContract {
    }

    @Nested
    class BadInputGuard extends BadInputGuardContract {
    }

    @Nested
    class OpenApiDocument extends OpenApiContract {
    }

    @Nested
    class Connectivity extends PlatformConnectivityContract {
    }
}
