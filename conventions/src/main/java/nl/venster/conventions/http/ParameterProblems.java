package nl.venster.conventions.http;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Wrongly typed path and query parameters are bad requests naming the parameter, never a 404. */
public class ParameterProblems {

    private final ProblemWriter problems;
    private final AllowedMethods allowedMethods;

    public ParameterProblems(ProblemWriter problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response ongeldigeParameter(ParameterConverters.OngeldigeParameter e) {
        return problems.response(Problem.invalid(List.of(e.invalidParam())), Map.of());
    }

    @ServerExceptionMapper
    public Response nietGevonden(NotFoundException e, UriInfo uriInfo, Request request) {
        if (e.getCause() != null && !(e.getCause() instanceof NotFoundException)) {
            // JAX-RS reports a path or query parameter it could not convert as 404 with the conversion error as cause.
            return problems.response(Problem.of(400, "Een parameter in het pad of de query heeft een ongeldige waarde."), Map.of());
        }
        // This mapper takes the framework's 404 before ProblemExceptionMappers does: a known path asked with a
        // method it lacks (when the last resource class tried has no other method for it) is 405 here too.
        if (allowedMethods.refuses(uriInfo.getPath(), request.getMethod())) {
            return problems.response(Problem.of(405, HttpStatusTitles.defaultDetail(405)),
                    Map.of(HttpHeaders.ALLOW, allowedMethods.allowedFor(uriInfo.getPath())));
        }
        return problems.response(Problem.of(404, HttpStatusTitles.defaultDetail(404)), Map.of());
    }
}
