package nl.venster.conventions.http;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Wrongly typed path and query parameters are bad requests naming the parameter, never a 404. */
public class ParameterProblems {

    private final ProblemWriter problems;

    public ParameterProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response ongeldigeParameter(ParameterConverters.OngeldigeParameter e) {
        return problems.response(Problem.invalid(List.of(e.invalidParam())), Map.of());
    }

    @ServerExceptionMapper
    public Response nietGevonden(NotFoundException e) {
        if (e.getCause() != null && !(e.getCause() instanceof NotFoundException)) {
            // JAX-RS reports a path or query parameter it could not convert as 404 with the conversion error as cause.
            return problems.response(Problem.of(400, "Een parameter in het pad of de query heeft een ongeldige waarde."), Map.of());
        }
        return problems.response(Problem.of(404, HttpStatusTitles.defaultDetail(404)), Map.of());
    }
}
