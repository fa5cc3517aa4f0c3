package nl.venster.conventions.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Serialises problems in one place for both layers that answer errors: JAX-RS exception mappers and the
 * Vert.x routes that run outside JAX-RS (unknown paths, trailing slashes, body limits, rate limits).
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // Cannot happen for this record; keep a valid body anyway.
            return "{\"title\":\"Interne fout\",\"status\":500,\"detail\":\"Er ging iets mis.\"}";
        }
    }

    public Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(problem));
        headers.forEach(builder::header);
        return builder.build();
    }

    public void write(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem));
    }
}
