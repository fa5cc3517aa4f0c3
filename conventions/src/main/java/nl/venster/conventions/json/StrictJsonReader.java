package nl.venster.conventions.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.venster.conventions.http.ApiException;
import nl.venster.conventions.http.Problem;

/**
 * The one way every service reads a JSON body. Stricter than Jackson's defaults, because what a client sends
 * is stored and shown to others: duplicate keys and content after the document are refused, nothing is
 * coerced, texts hold no control characters, and every problem of a request is listed at once (see
 * {@link JsonInputCheck}). Only what passes is handed to Jackson to become the resource method's argument.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final String TRAILING = "na het JSON-document volgt nog andere inhoud";

    private final ObjectMapper mapper;

    public StrictJsonReader(ObjectMapper applicationMapper) {
        this.mapper = strict(applicationMapper.copy());
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Trailing content is checked on the parser itself, to say so in the answer.
        mapper.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        return mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || File.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JavaType javaType = mapper.getTypeFactory().constructType(genericType != null ? genericType : type);
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(entityStream)) {
            if (parser.nextToken() == null) {
                return null; // no body: the method's @NotNull says whether that is allowed
            }
            try {
                tree = mapper.readTree(parser);
            } catch (JsonParseException e) {
                if (String.valueOf(e.getOriginalMessage()).contains("in field name")) {
                    // A name that is no valid Unicode (a lone surrogate) is no field of ours: an unknown field of the
                    // object it stands in (the parser's context still names the field before it).
                    throw ApiException.invalid(path(parser.getParsingContext().getParent()), "onbekend veld");
                }
                throw ApiException.invalid(path(parser.getParsingContext()), reason(e));
            }
            try {
                if (parser.nextToken() != null) {
                    throw ApiException.invalid("body", TRAILING);
                }
            } catch (JsonParseException e) {
                throw ApiException.invalid("body", TRAILING);
            }
        } catch (JsonParseException e) {
            throw ApiException.invalid("body", reason(e));
        }
        List<Problem.InvalidParam> problems = JsonInputCheck.check(mapper, tree, javaType);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return mapper.readerFor(javaType).readValue(tree);
    }

    private static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return "komt meer dan eens voor";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF")) {
            return "de body is geen geldige UTF-8";
        }
        if (message.contains("Illegal unquoted character") || message.contains("Illegal character")) {
            return "bevat een stuurteken dat in JSON geëscapet moet zijn";
        }
        if (message.contains("end-of-input")) {
            return "de body houdt op voordat het JSON-document compleet is";
        }
        return "de body is geen geldige JSON";
    }

    /** Where in the document the parser stopped, e.g. {@code antwoorden[1].score}; never more than names. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + JsonInputCheck.echo(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        return path.isEmpty() ? "body" : path;
    }
}
