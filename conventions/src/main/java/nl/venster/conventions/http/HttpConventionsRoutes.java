package nl.venster.conventions.http;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiHandler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Conventions that must hold for every response, also those JAX-RS never sees: the API-Version and
 * security headers, CORS, 404 for trailing slashes and unknown paths, and
 * problem+json for failures raised by the HTTP layer itself (such as a body over the size limit), 415 for a
 * body without Content-Type, 406 when the client accepts nothing, 405 with Allow for every known path. The
 * write rate limit is applied after authentication ({@link WriteRateLimitFilter}).
 */
@ApplicationScoped
public class HttpConventionsRoutes {

    /** Before Quarkus' own routes (body handling, REST, OpenAPI), so that nothing escapes the conventions. */
    private static final int FIRST = -10_000;
    private static final String MANAGEMENT_PREFIX = "/q/";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String EXPOSED_HEADERS = "API-Version, Link, ETag, Location, X-Total-Count, Retry-After";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String MANAGEMENT_METHODS = "GET, HEAD, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match";

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    /**
     * A route outside the API that serves something else than JSON (the public HTML pages) puts {@code true} under
     * this key in its routing context and sets its own Cache-Control and Content-Security-Policy: published pages
     * are public and cacheable, and their policy names what the page loads. Every other header still applies.
     */
    public static final String OWN_CACHING_AND_CSP = "conventions.own-caching-and-csp";
    private static final Set<String> OWN_HEADERS = Set.of("Cache-Control", "Content-Security-Policy");

    private final ApiConfig config;
    private final ProblemWriter problems;
    private final AllowedMethods allowedMethods;
    private final List<String> allowedOrigins;
    private final long maxBodyBytes;

    public HttpConventionsRoutes(ApiConfig config, ProblemWriter problems, AllowedMethods allowedMethods,
                                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.problems = problems;
        this.allowedMethods = allowedMethods;
        this.allowedOrigins = config.cors().allowedOrigins().orElse(List.of());
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(0L);
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::applyConventions);
        router.route().order(FIRST).failureHandler(this::failure);
        // A chunked body has no Content-Length to refuse up front; read it here against the limit, so that one
        // too large fails into the problem+json failure handler instead of the REST layer's bare 413. The REST
        // layer reads a body read this way from the routing context.
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes > 0 ? maxBodyBytes : -1);
        router.route().order(FIRST + 1).handler(ctx -> {
            if (WRITES.contains(ctx.request().method()) && ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().last().handler(this::unmatched);
        // The OpenAPI document stays part of the API (the contract front-ends read), while Quarkus serves it,
        // with Swagger UI, on the management interface.
        OpenApiHandler openApi = new OpenApiHandler(OpenApiConstants.DEFAULT_DOCUMENT_NAME, false);
        router.routeWithRegex(HttpMethod.GET, Pattern.quote(config.basePath() + "/openapi") + "(\\.json|\\.yaml|\\.yml)?")
                .handler(openApi);
    }

    /**
     * The management interface (health, metrics, Swagger UI on its own port) follows the same conventions:
     * the standard headers, problem+json, and only reading methods.
     */
    void installManagement(@Observes ManagementInterface management) {
        Router router = management.router();
        router.route().order(FIRST).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> addStandardHeaders(ctx.response().headers(), false));
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
                ctx.response().putHeader(HttpHeaders.ALLOW, MANAGEMENT_METHODS);
                problems.write(ctx, Problem.of(405, HttpStatusTitles.defaultDetail(405)));
                return;
            }
            if (method == HttpMethod.OPTIONS) {
                ctx.response().putHeader(HttpHeaders.ALLOW, MANAGEMENT_METHODS).setStatusCode(204).end();
                return;
            }
            ctx.next();
        });
        router.route().order(FIRST).failureHandler(this::failure);
        router.route().last().handler(ctx -> problems.write(ctx, Problem.of(404, HttpStatusTitles.defaultDetail(404))));
    }

    /** No route took the request: 405 with Allow when the path exists with other methods, else 404. */
    private void unmatched(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith(config.basePath() + "/")) {
            String relative = path.substring(config.basePath().length());
            if (allowedMethods.isKnown(relative)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, allowedMethods.allowedFor(relative));
                problems.write(ctx, Problem.of(405, HttpStatusTitles.defaultDetail(405)));
                return;
            }
        }
        problems.write(ctx, Problem.of(404, HttpStatusTitles.defaultDetail(404)));
    }

    private void applyConventions(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(ignored -> addStandardHeaders(ctx.response().headers(), Boolean.TRUE.equals(ctx.get(OWN_CACHING_AND_CSP))));

        boolean openApiDocument = path.startsWith(config.basePath() + "/openapi");
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !handleCors(ctx, origin, openApiDocument)) {
            return;
        }
        // API Design Rules: a path with a trailing slash is a different, non-existing resource.
        if (path.length() > 1 && path.endsWith("/") && !path.startsWith(MANAGEMENT_PREFIX)) {
            problems.write(ctx, Problem.of(404, HttpStatusTitles.defaultDetail(404)));
            return;
        }
        // The HTTP layer's own limits sit well above these and answer without a body; below them the
        // client learns what was too large in problem+json.
        if (ctx.request().uri().length() > config.limits().uriLength()) {
            problems.write(ctx, Problem.of(414, HttpStatusTitles.defaultDetail(414)));
            return;
        }
        if (headerBytes(ctx.request().headers()) > config.limits().headerBytes()) {
            problems.write(ctx, Problem.of(431, HttpStatusTitles.defaultDetail(431)));
            return;
        }
        // Answered here because the HTTP layer would refuse an oversized body without a problem body.
        if (declaredBodyTooLarge(ctx)) {
            problems.write(ctx, Problem.of(413, HttpStatusTitles.defaultDetail(413)));
            return;
        }
        // Two credentials are ambiguous: refuse rather than let one of them win.
        if (ctx.request().headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            problems.write(ctx, Problem.of(400, "Het verzoek bevat meer dan één Authorization-header."));
            return;
        }
        if (nothingAcceptable(ctx.request().headers().getAll(HttpHeaders.ACCEPT))) {
            problems.write(ctx, Problem.of(406, HttpStatusTitles.defaultDetail(406)));
            return;
        }
        if (WRITES.contains(ctx.request().method()) && hasBody(ctx)
                && ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null && path.startsWith(config.basePath())) {
            problems.write(ctx, Problem.of(415, "Een body zonder Content-Type wordt niet aangenomen; stuur Content-Type: application/json."));
            return;
        }
        ctx.next();
    }

    private static boolean hasBody(RoutingContext ctx) {
        String contentLength = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null) {
            return !contentLength.trim().equals("0");
        }
        return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** True when every media range the client sent has q=0: it accepts no representation at all. */
    static boolean nothingAcceptable(List<String> acceptHeaders) {
        if (acceptHeaders.isEmpty()) {
            return false;
        }
        for (String header : acceptHeaders) {
            for (String range : header.split(",")) {
                if (range.isBlank() || !zeroQuality(range)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean zeroQuality(String range) {
        String[] parts = range.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(parameter[1].trim()) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Returns false when the request has been answered here (a preflight). */
    private boolean handleCors(RoutingContext ctx, String origin, boolean openApiDocument) {
        boolean allowed = openApiDocument || allowedOrigins.contains(origin) || allowedOrigins.contains("*");
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (allowed) {
            MultiMap headers = ctx.response().headers();
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, openApiDocument ? "*" : origin);
            headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        }
        if (!preflight) {
            return true;
        }
        if (!allowed) {
            problems.write(ctx, Problem.of(403, "Deze origin mag de API niet vanuit een browser aanroepen."));
            return false;
        }
        ctx.response()
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, openApiDocument ? "GET, OPTIONS" : ALLOWED_METHODS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                .setStatusCode(204)
                .end();
        return false;
    }

    private boolean declaredBodyTooLarge(RoutingContext ctx) {
        String contentLength = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength == null || maxBodyBytes <= 0) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void addStandardHeaders(MultiMap headers, boolean ownCachingAndCsp) {
        headers.set("API-Version", config.version());
        SECURITY_HEADERS.forEach((name, value) -> {
            if (!ownCachingAndCsp || !OWN_HEADERS.contains(name)) {
                headers.set(name, value);
            }
        });
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        problems.write(ctx, Problem.of(status, HttpStatusTitles.defaultDetail(status)));
    }
}
