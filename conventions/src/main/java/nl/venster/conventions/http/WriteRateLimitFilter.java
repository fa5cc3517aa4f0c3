package nl.venster.conventions.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The write rate limit, per authenticated subject: the same person with another spelling of the header or
 * another token of theirs shares one bucket. Requests without a valid token count per remote address.
 * Runs as a JAX-RS filter because only there the (lazily authenticated) identity is known.
 */
@ApplicationScoped
public class WriteRateLimitFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final ProblemWriter problems;

    public WriteRateLimitFilter(ApiConfig config, CurrentIdentityAssociation identities, ProblemWriter problems) {
        this.limiter = new WriteRateLimiter(config.writeRateLimit().perMinute(), config.writeRateLimit().burst());
        this.identities = identities;
        this.problems = problems;
    }

    @ServerRequestFilter
    public Uni<Response> limitWrites(ContainerRequestContext request, HttpServerRequest httpRequest) {
        if (!limiter.enabled() || !WRITES.contains(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        String address = "address:" + httpRequest.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .map(identity -> clientKey(identity, address))
                .onFailure().recoverWithItem(address)
                .map(this::acquire);
    }

    static String clientKey(SecurityIdentity identity, String address) {
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return address;
        }
        return "subject:" + identity.getPrincipal().getName();
    }

    private Response acquire(String client) {
        long waitSeconds = limiter.acquire(client, System.nanoTime());
        if (waitSeconds <= 0) {
            return null;
        }
        return problems.response(Problem.of(429, HttpStatusTitles.defaultDetail(429)),
                Map.of("Retry-After", Long.toString(waitSeconds)));
    }
}
