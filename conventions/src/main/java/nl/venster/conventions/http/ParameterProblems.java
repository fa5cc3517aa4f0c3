package nl.venster.conventions.http;

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
}
