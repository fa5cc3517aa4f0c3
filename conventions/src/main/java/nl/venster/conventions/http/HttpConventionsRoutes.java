package nl.venster.conventions.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Set;

/**
 * Conventions that must hold for every response, also those JAX-RS never sees: the API-Version and
 * security headers, CORS, 404 for trailing slashes and unknown paths, the write rate limit, and
 * problem+json for failures raised by the HTTP layer itself (such as a body over the size limit).
 */
@ApplicationScoped
public class HttpConventionsRoutes {

    /** Before Quarkus' own routes (body handling, REST, OpenAPI), so that nothing escapes the conventions. */
    private static final int FIRST = -10_000;
    private static final String MANAGEMENT_PREFIX = "/q/";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String EXPOSED_HEADERS = "API-Version, Link, ETag, Location, X-Total-Count, Retry-After";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
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
    private final WriteRateLimiter rateLimiter;
    private final List<String> allowedOrigins;
    private final long maxBodyBytes;

    public HttpConventionsRoutes(ApiConfig config, ProblemWriter problems,
                                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.problems = problems;
        this.rateLimiter = new WriteRateLimiter(config.writeRateLimit().perMinute(), config.writeRateLimit().burst());
        this.allowedOrigins = config.cors().allowedOrigins().orElse(List.of());
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(0L);
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::applyConventions);
        router.route().order(FIRST).failureHandler(this::failure);
        router.route().last().handler(ctx -> problems.write(ctx, Problem.of(404, HttpStatusTitles.defaultDetail(404))));
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
        // Answered here because the HTTP layer would refuse an oversized body without a problem body.
        if (declaredBodyTooLarge(ctx)) {
            problems.write(ctx, Problem.of(413, HttpStatusTitles.defaultDetail(413)));
            return;
        }
        if (WRITES.contains(ctx.request().method()) && path.startsWith(config.basePath())) {
            long waitSeconds = rateLimiter.acquire(clientKey(ctx), System.nanoTime());
            if (waitSeconds > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(waitSeconds));
                problems.write(ctx, Problem.of(429, HttpStatusTitles.defaultDetail(429)));
                return;
            }
        }
        ctx.next();
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

    /**
     * Writes are limited per caller: per bearer token when there is one (hashed, never stored in clear),
     * otherwise per remote address.
     */
    private static String clientKey(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return "token:" + sha256(authorization);
        }
        return "address:" + ctx.request().remoteAddress().hostAddress();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
