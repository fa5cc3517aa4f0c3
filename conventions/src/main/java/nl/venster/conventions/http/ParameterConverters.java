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
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts path, query and header parameters of the common value types so that a value of the wrong type is a 400
 * naming the parameter (JAX-RS would answer 404 for a path or query parameter, as if the resource did not exist).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Soort(Function<String, ?> parse, String reason) {
    }

    private static final Map<Class<?>, Soort> SOORTEN = Map.of(
            Integer.class, new Soort(Integer::valueOf, "moet een geheel getal zijn"),
            int.class, new Soort(Integer::valueOf, "moet een geheel getal zijn"),
            Long.class, new Soort(Long::valueOf, "moet een geheel getal zijn"),
            long.class, new Soort(Long::valueOf, "moet een geheel getal zijn"),
            UUID.class, new Soort(ParameterConverters::uuid, "moet een UUID zijn (8-4-4-4-12 hexadecimale tekens)"),
            LocalDate.class, new Soort(LocalDate::parse, "moet een datum zijn als jjjj-mm-dd"));

    /** A parameter whose value has the wrong type; mapped to a 400 problem with the parameter in invalidParams. */
    public static class OngeldigeParameter extends BadRequestException {

        private final transient Problem.InvalidParam invalidParam;

        OngeldigeParameter(String name, String reason) {
            super(reason);
            this.invalidParam = new Problem.InvalidParam(name, reason);
        }

        public Problem.InvalidParam invalidParam() {
            return invalidParam;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Soort soort = SOORTEN.get(rawType);
        String name = name(annotations);
        if (soort == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) soort.parse().apply(value.strip());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new OngeldigeParameter(name, soort.reason());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static UUID uuid(String value) {
        // UUID.fromString accepts shortened groups such as 1-1-1-1-1; the contract's format does not.
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
