package nl.venster.rapportage.messaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.events.OngeldigEvent;

/**
 * Binds an event's {@code data} to its payload record with Jackson, strictly and without stopping at the first
 * problem: a value of the wrong JSON type (a number where text is expected, a fraction or a number beyond the range
 * where a whole number is, an object where a list is, text that is no date, time or UUID) is bound as absent and
 * its path is returned as unreadable, so the validation can name every problem at once, as the contract's checks
 * always did. Jackson's own coercions (number to text, text to number, fraction to whole number, integer to date)
 * are therefore not used.
 */
final class StrikteBinding {

    /** The bound payload and the paths in {@code data} (e.g. {@code indeling[0].gemeenten}) that had the wrong type. */
    record Gebonden<T>(T waarde, Set<String> onleesbaar) {
    }

    private static final Object ONLEESBAAR = new Object();

    private final ObjectMapper mapper;

    StrikteBinding(ObjectMapper objectMapper) {
        SimpleModule strikt = new SimpleModule("strikte-gebeurtenisdata")
                .addDeserializer(String.class, new Strikt<>(String.class,
                        p -> p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null))
                .addDeserializer(Integer.class, new Strikt<>(Integer.class,
                        p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                ? p.getIntValue() : null))
                .addDeserializer(Long.class, new Strikt<>(Long.class,
                        p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.INT
                                || p.getNumberType() == JsonParser.NumberType.LONG) ? p.getLongValue() : null))
                .addDeserializer(LocalDate.class, new Strikt<>(LocalDate.class,
                        p -> p.currentToken() == JsonToken.VALUE_STRING ? LocalDate.parse(p.getText()) : null))
                .addDeserializer(OffsetDateTime.class, new Strikt<>(OffsetDateTime.class,
                        p -> p.currentToken() == JsonToken.VALUE_STRING ? OffsetDateTime.parse(p.getText()) : null))
                .addDeserializer(UUID.class, new Strikt<>(UUID.class,
                        p -> p.currentToken() == JsonToken.VALUE_STRING ? UUID.fromString(p.getText()) : null));
        this.mapper = objectMapper.copy()
                .registerModule(strikt)
                .addHandler(new OnleesbaarAlsAfwezig())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false)
                .configure(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, false);
    }

    /** Throws only when Jackson refuses outright what the handlers above did not catch; the reason names the place. */
    <T> Gebonden<T> bind(JsonNode data, Class<T> type) throws OngeldigEvent {
        Set<String> onleesbaar = new HashSet<>();
        ObjectReader reader = mapper.readerFor(type).withAttribute(ONLEESBAAR, onleesbaar);
        try {
            return new Gebonden<>(reader.readValue(data), onleesbaar);
        } catch (JsonMappingException e) {
            throw new OngeldigEvent("ongeldige gebeurtenis: data" + pad(e) + " heeft niet de vorm uit het contract");
        } catch (IOException e) {
            throw new OngeldigEvent("ongeldige gebeurtenis: data heeft niet de vorm uit het contract");
        }
    }

    private static String pad(JsonMappingException e) {
        StringBuilder pad = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pad.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return pad.toString();
    }

    @SuppressWarnings("unchecked")
    private static void meldOnleesbaar(JsonParser p, DeserializationContext ctxt) throws IOException {
        ((Set<String>) ctxt.getAttribute(ONLEESBAAR)).add(pad(p));
        p.skipChildren();
    }

    /** The path of the current value relative to {@code data}, in the validation's notation: {@code a[0].b}. */
    static String pad(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        // On the start of an object or list the parser is already inside it; the value is named by its parent.
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            context = context.getParent();
        }
        Deque<String> delen = new ArrayDeque<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject()) {
                delen.addFirst("." + context.getCurrentName());
            } else if (context.inArray()) {
                delen.addFirst("[" + context.getCurrentIndex() + "]");
            }
        }
        String pad = String.join("", delen);
        return pad.startsWith(".") ? pad.substring(1) : pad;
    }

    @FunctionalInterface
    private interface Lezer<T> {
        /** The value, or null when the current token has the wrong type. */
        T lees(JsonParser p) throws IOException;
    }

    /** A scalar that must have exactly its JSON type; anything else is bound as absent and reported. */
    private static final class Strikt<T> extends StdScalarDeserializer<T> {
        private final transient Lezer<T> lezer;

        Strikt(Class<T> type, Lezer<T> lezer) {
            super(type);
            this.lezer = lezer;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T waarde;
            try {
                waarde = lezer.lees(p);
            } catch (RuntimeException | JsonProcessingException e) {
                // Unparseable date, time or UUID: reported like a value of the wrong type.
                waarde = null;
            }
            if (waarde == null) {
                meldOnleesbaar(p, ctxt);
            }
            return waarde;
        }
    }

    /** A list or record given as something else (e.g. an object where a list belongs): bound as absent and reported. */
    private static final class OnleesbaarAlsAfwezig extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            meldOnleesbaar(p, ctxt);
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts,
                                                JsonParser p, String msg) throws IOException {
            meldOnleesbaar(p, ctxt);
            return null;
        }
    }
}
