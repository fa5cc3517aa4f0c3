package nl.venster.conventions.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The HTTP conventions every service applies; each service sets its own version and base path. */
@ConfigMapping(prefix = "api")
public interface ApiConfig {

    /** Full semantic version of the API, sent as the {@code API-Version} header on every response. */
    String version();

    /** Base path including the major version, e.g. {@code /api/register/v1}. */
    String basePath();

    Cors cors();

    Paging paging();

    WriteRateLimit writeRateLimit();

    Limits limits();

    /**
     * What the API refuses with a problem+json 414/431. The HTTP layer's own limits
     * ({@code quarkus.http.limits.*}) are set higher and only stop absurd requests, without a body.
     */
    interface Limits {
        /** Characters of the request target (path and query). */
        @WithDefault("4096")
        int uriLength();

        /** Bytes of all request headers together. */
        @WithDefault("16384")
        int headerBytes();
    }

    interface Cors {
        /** Origins allowed to call the API from a browser; the OpenAPI document is open to every origin. */
        Optional<List<String>> allowedOrigins();
    }

    interface Paging {
        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("100")
        int maxPageSize();
    }

    interface WriteRateLimit {
        /**
         * Sustained writes (POST, PUT, PATCH, DELETE) per client per minute; 0 switches the limit off. A client
         * is the authenticated subject, or the remote address without a valid token.
         */
        @WithDefault("600")
        int perMinute();

        /** Writes a client may send at once before the sustained rate applies. */
        @WithDefault("60")
        int burst();
    }
}
