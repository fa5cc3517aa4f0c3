package nl.venster.conventions.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, as every 4xx and 5xx response body (documented by ConventionsOpenApiFilter). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail) {
        return new Problem("about:blank", HttpStatusTitles.title(status), status, detail, null, List.of());
    }

    public static Problem invalid(List<InvalidParam> invalidParams) {
        return new Problem("about:blank", HttpStatusTitles.title(400), 400,
                "De invoer is ongeldig; zie invalidParams voor elk ongeldig veld.", null, List.copyOf(invalidParams));
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, invalidParams);
    }

    /** One invalid field or parameter: its name (a JSON path or query key) and why it was refused. */
    public record InvalidParam(String name, String reason) {
    }
}
