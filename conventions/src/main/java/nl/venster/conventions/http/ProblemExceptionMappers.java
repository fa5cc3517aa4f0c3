package nl.venster.conventions.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.domain.Weigering;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of every service: whatever goes wrong in a resource leaves as problem+json
 * without stack traces, class names or echoed input.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";
    /** unique_violation, serialization_failure, deadlock_detected. */
    private static final Set<String> CONFLICT_SQL_STATES = Set.of("23505", "40001", "40P01");

    private final ProblemWriter problems;
    private final AllowedMethods allowedMethods;

    public ProblemExceptionMappers(ProblemWriter problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return problems.response(e.problem(), e.headers());
    }

    /** A refusal by the rules: one status per kind, decided here only. */
    @ServerExceptionMapper
    public Response weigering(Weigering e) {
        return problems.response(probleem(e), Map.of());
    }

    static Problem probleem(Weigering e) {
        return switch (e.soort()) {
            case ONGELDIG -> Problem.invalid(e.velden().stream().map(veld -> new Problem.InvalidParam(veld.naam(), veld.reden())).toList());
            case VERBODEN -> Problem.of(403, e.getMessage());
            case NIET_GEVONDEN -> Problem.of(404, e.getMessage());
            case CONFLICT -> Problem.of(409, e.getMessage());
            case VERSIE_VEROUDERD -> Problem.of(412, e.getMessage());
            case VERSIE_VEREIST -> Problem.of(428, e.getMessage());
        };
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.InvalidParam> invalid = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.InvalidParam::name).thenComparing(Problem.InvalidParam::reason))
                .toList();
        return problems.response(Problem.invalid(invalid), Map.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return problems.response(jsonProblem(e), Map.of());
    }

    /** Registered for the subtype too, so it wins over the framework's own mapper that answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return problems.response(jsonProblem(e), Map.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e) {
        return problems.response(Problem.of(401, "Het bearer-token ontbreekt of is ongeldig."),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return problems.response(Problem.of(401, "Een geldig bearer-token is vereist."),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problems.response(Problem.of(403, HttpStatusTitles.defaultDetail(403)), Map.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo, Request request) {
        if (e.getCause() instanceof JsonProcessingException jsonError) {
            return json(jsonError);
        }
        if (e.getCause() instanceof ApiException refusal) {
            return api(refusal);
        }
        if (e.getCause() instanceof Weigering refusal) {
            return weigering(refusal);
        }
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof NotFoundException)) {
            // JAX-RS reports a path or query parameter it could not convert as 404 with the conversion error as cause.
            // (Handled here, not in a NotFoundException mapper of its own: that would bypass the 405 below.)
            return problems.response(Problem.of(400, "Een parameter in het pad of de query heeft een ongeldige waarde."), Map.of());
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        // The framework answers 404 for some paths that exist with other methods (a class whose other methods
        // carry sub-paths): a known path with an unsupported method is 405, everywhere.
        if (status == 404 && allowedMethods.refuses(uriInfo.getPath(), request.getMethod())) {
            status = 405;
        }
        // 405 must say what is allowed; 401 must say how to authenticate.
        if (status == 405) {
            headers.put(HttpHeaders.ALLOW, allowedMethods.allowedFor(uriInfo.getPath()));
        }
        if (status == 401) {
            headers.put(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return problems.response(Problem.of(status, HttpStatusTitles.defaultDetail(status)), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        // Two requests racing for the same unique key, or a serialization failure, are a conflict the
        // client can resolve by reading again, not a server error.
        String sqlState = sqlState(e);
        if (sqlState != null && CONFLICT_SQL_STATES.contains(sqlState)) {
            return problems.response(Problem.of(409,
                    "Een gelijktijdige wijziging kwam ertussen of de resource bestaat al; lees opnieuw en probeer het nog eens."),
                    Map.of());
        }
        if (clientWentAway(e)) {
            // The client closed the connection while its request was read: nobody receives an answer, and it is
            // not the server's error to log.
            LOG.debugf("Client closed the connection during the request: %s", e.getMessage());
            return problems.response(Problem.of(400, "De verbinding werd gesloten voordat het verzoek binnen was."), Map.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return problems.response(
                Problem.of(500, "Er ging iets mis aan de kant van de server; vermeld referentie " + reference + ".")
                        .withInstance("urn:uuid:" + reference),
                Map.of());
    }

    static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first SQLException in the cause chain, or null. */
    static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.of(400, "De body is geen geldige JSON.");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.invalid(List.of(new Problem.InvalidParam(jsonPath(unknown), "onbekend veld")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problem.invalid(List.of(new Problem.InvalidParam(jsonPath(mapping), "waarde heeft een ongeldig type of formaat")));
        }
        return Problem.of(400, "De body kan niet worden gelezen als het verwachte JSON-document.");
    }

    /** The JSON path of the offending field, e.g. {@code antwoorden[2].score}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * A resource-method violation path reads {@code method.parameter.property...}; clients know the
     * body's properties or the query key (parameter names equal query keys), not the Java method.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parameter = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter.add(node.getName());
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // An element of a list or map carries its position on the node after the collection.
                if (node.isInIterable() && !properties.isEmpty()) {
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + position + "]");
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    properties.add(node.getName());
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter.isEmpty() ? violation.getPropertyPath().toString() : parameter.get(parameter.size() - 1);
    }
}
