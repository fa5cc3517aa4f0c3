package nl.venster.conventions.http;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.json.IsoDate;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every typed path and query parameter of a request before any is converted, so that a 400 names all
 * malformed values at once (the converters stop at the first). The rules per type are here once; the converters
 * ({@link StrictParamConverters}) use them too.
 */
public class ParameterCheck {

    static final String GEEN_GEHEEL_GETAL = "moet een geheel getal zijn";

    /** Why {@code value} is not a value of {@code type}, or null when it is (or the type is not one checked here). */
    public static String probleem(Class<?> type, String value) {
        if (type == Boolean.class || type == boolean.class) {
            return "true".equals(value) || "false".equals(value) ? null : "moet true of false zijn";
        }
        if (type == Integer.class || type == int.class) {
            return geheelGetal(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return geheelGetal(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == LocalDate.class) {
            return IsoDate.problem(value);
        }
        if (type == UUID.class) {
            return isUuid(value) ? null : "moet een UUID zijn (8-4-4-4-12 hexadecimale tekens)";
        }
        return null;
    }

    @ServerRequestFilter
    public void alleParameters(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Weigering.OngeldigVeld> ongeldig = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            if (name == null) {
                continue;
            }
            List<String> values = query != null ? uri.getQueryParameters().get(name) : uri.getPathParameters().get(name);
            for (String value : values == null ? List.<String>of() : values) {
                String probleem = probleem(parameter.getType(), value);
                if (probleem != null) {
                    ongeldig.add(new Weigering.OngeldigVeld(name, probleem));
                }
            }
        }
        if (!ongeldig.isEmpty()) {
            throw Weigering.ongeldig(ongeldig);
        }
    }

    private static String geheelGetal(String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            return number < min || number > max ? "getal buiten het bereik" : null;
        } catch (NumberFormatException e) {
            return GEEN_GEHEEL_GETAL;
        }
    }

    private static boolean isUuid(String value) {
        // UUID.fromString accepts shortened groups such as 1-1-1-1-1; the contract's format does not.
        if (value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
