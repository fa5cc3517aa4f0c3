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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.venster.conventions.domain.Weigering;

/**
 * Path, query and header values read as strictly as JSON bodies: a boolean is {@code true} or {@code false} (not
 * "anything else is false"), a number a whole number in range, a date {@code jjjj-mm-dd} with a four-digit year in a
 * sane range, a UUID in its full form. The rules are {@link ParameterCheck}'s, which normally refuses every malformed
 * value of a request before conversion; this is the backstop for parameters it does not see. A refusal is a 400 naming
 * the parameter, never the 404 JAX-RS would give for a path or query value it cannot convert.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Boolean.class, Boolean::valueOf, boolean.class, Boolean::valueOf,
            Integer.class, Integer::valueOf, int.class, Integer::valueOf,
            Long.class, Long::valueOf, long.class, Long::valueOf,
            LocalDate.class, LocalDate::parse,
            UUID.class, UUID::fromString);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        String name = name(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                String probleem = ParameterCheck.probleem(rawType, value);
                if (probleem != null) {
                    // A WebApplicationException passes the converter unchanged; the mapper answers the Weigering it carries.
                    throw new BadRequestException(Weigering.ongeldig(name, probleem));
                }
                return (T) parser.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
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
        return null;
    }
}
