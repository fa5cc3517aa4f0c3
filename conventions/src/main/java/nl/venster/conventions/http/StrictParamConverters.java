package nl.venster.conventions.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import nl.venster.conventions.json.IsoDate;

/**
 * Query, path and header values read as strictly as JSON bodies: a boolean is {@code true} or {@code false}
 * (not "anything else is false"), a date is {@code jjjj-mm-dd} with a four-digit year in a sane range, a
 * number in the query is a whole number in range.
 * A refusal names the parameter in invalidParams.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {


    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, StrictParamConverters::bool, String::valueOf);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, StrictParamConverters::date, LocalDate::toString);
        }
        // A malformed number in the query is invalid input (400 naming it), not an unknown resource (JAX-RS: 404).
        // In the path it stays "not found", like any unknown id.
        if (isQuery(annotations) && (rawType == Integer.class || rawType == int.class)) {
            return (ParamConverter<T>) new Converter<>(name, (value, n) -> (Integer) whole(value, n, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue(), String::valueOf);
        }
        if (isQuery(annotations) && (rawType == Long.class || rawType == long.class)) {
            return (ParamConverter<T>) new Converter<>(name, (value, n) -> whole(value, n, Long.MIN_VALUE, Long.MAX_VALUE), String::valueOf);
        }
        return null;
    }

    static Boolean bool(String value, String name) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw refused(name, "moet true of false zijn");
        };
    }

    static Long whole(String value, String name, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw refused(name, "getal buiten het bereik");
            }
            return number;
        } catch (NumberFormatException e) {
            throw refused(name, "moet een geheel getal zijn");
        }
    }

    static LocalDate date(String value, String name) {
        String reason = IsoDate.problem(value);
        if (reason != null) {
            throw refused(name, reason);
        }
        return LocalDate.parse(value);
    }

    /**
     * JAX-RS turns any other failure of a query or path converter into a bare 404; a WebApplicationException
     * passes through, and the mapper answers the ApiException it carries.
     */
    private static BadRequestException refused(String name, String reason) {
        return new BadRequestException(ApiException.invalid(name, reason));
    }

    private static boolean isQuery(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
            }
        }
        return "parameter";
    }

    private interface Parse<T> {
        T parse(String value, String name);
    }

    private record Converter<T>(String name, Parse<T> parse, java.util.function.Function<T, String> format)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            return value == null ? null : parse.parse(value, name);
        }

        @Override
        public String toString(T value) {
            return value == null ? null : format.apply(value);
        }
    }
}
