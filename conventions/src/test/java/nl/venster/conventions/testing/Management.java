package nl.venster.conventions.testing;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.HttpServer;

/** The management interface (health, metrics, Swagger UI) of the service under test: its own port. */
public final class Management {

    private Management() {
    }

    public static int port() {
        return Arc.container().instance(HttpServer.class).get().getManagementPort();
    }

    /** An absolute URL on the management interface, e.g. {@code url("/q/health/ready")}. */
    public static String url(String path) {
        return "http://localhost:" + port() + path;
    }
}
