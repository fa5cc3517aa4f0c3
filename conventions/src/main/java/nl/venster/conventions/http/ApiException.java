package nl.venster.conventions.http;

import java.util.List;
import java.util.Map;

/**
 * A refusal the services raise on purpose; the single exception mapper turns it into problem+json.
 * Messages must be written for the API user: they are returned as {@code detail}.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException invalid(List<Problem.InvalidParam> invalidParams) {
        return new ApiException(Problem.invalid(invalidParams));
    }

    public static ApiException invalid(String name, String reason) {
        return invalid(List.of(new Problem.InvalidParam(name, reason)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, detail));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(403, detail));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of(409, detail));
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(Problem.of(412, detail));
    }
}
