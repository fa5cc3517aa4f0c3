package nl.venster.conventions.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.venster.conventions.http.Problem;

/**
 * Checks a parsed JSON body against the Java type it will become, before Jackson converts it, so that a
 * 400 lists every problem at once (unknown fields and wrong types together) and nothing is coerced: a
 * number is not a text, {@code 7.5} and {@code "5"} are not whole numbers, a date is {@code jjjj-mm-dd}.
 * Texts may not contain NUL, other control characters or lone surrogates; tab and newline are allowed in
 * long texts only (a {@code @Size} maximum of {@value #LONG_TEXT} characters or more).
 */
final class JsonInputCheck {

    static final int LONG_TEXT = 500;
    private static final int MAX_ECHOED_NAME = 40;
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ObjectMapper mapper;
    private final List<Problem.InvalidParam> problems = new ArrayList<>();

    private JsonInputCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static List<Problem.InvalidParam> check(ObjectMapper mapper, JsonNode body, JavaType type) {
        JsonInputCheck check = new JsonInputCheck(mapper);
        check.value(body, type, "", false);
        return check.problems;
    }

    private void value(JsonNode node, JavaType type, String path, boolean longText) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        Class<?> raw = type.getRawClass();
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                add(path, "mag niet leeg (null) zijn");
            }
            return;
        }
        if (raw == String.class || raw == CharSequence.class) {
            if (!node.isTextual()) {
                add(path, "moet een tekst zijn");
            } else {
                text(node.textValue(), path, longText);
            }
        } else if (raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class
                || raw == Byte.class || raw == byte.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                add(path, "moet een geheel getal zijn");
            }
        } else if (raw == Long.class || raw == long.class || raw == BigInteger.class) {
            if (!node.isIntegralNumber() || (raw != BigInteger.class && !node.canConvertToLong())) {
                add(path, "moet een geheel getal zijn");
            }
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class || raw == Number.class) {
            if (!node.isNumber()) {
                add(path, "moet een getal zijn");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                add(path, "moet true of false zijn");
            }
        } else if (raw == LocalDate.class) {
            date(node, path);
        } else if (Temporal.class.isAssignableFrom(raw)) {
            // Checked as text first: Jackson trims a time, so a control character at either end would vanish.
            if (!node.isTextual() || TextCheck.problem(node.textValue(), false) != null
                    || !node.textValue().equals(node.textValue().strip()) || !converts(node, type)) {
                add(path, "moet een tijdstip zijn volgens ISO 8601, bijvoorbeeld 2026-03-01T09:00:00Z");
            }
        } else if (raw == UUID.class) {
            // Only the canonical form: Jackson also reads 22 and 24 characters of Base64 as a UUID.
            if (!node.isTextual() || !CANONICAL_UUID.matcher(node.textValue()).matches()) {
                add(path, "moet een UUID zijn");
            }
        } else if (raw.isEnum()) {
            if (!node.isTextual() || !converts(node, type)) {
                add(path, "onbekende waarde");
            }
        } else if (type.isArrayType() || type.isCollectionLikeType()) {
            if (!node.isArray()) {
                add(path, "moet een lijst zijn");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                value(node.get(i), type.getContentType(), path + "[" + i + "]", longText);
            }
        } else if (type.isMapLikeType()) {
            if (!node.isObject()) {
                add(path, "moet een object zijn");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = join(path, echo(field.getKey()));
                text(field.getKey(), fieldPath, false);
                value(field.getValue(), type.getContentType(), fieldPath, false);
            }
        } else if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            anyTexts(node, path);
        } else {
            bean(node, type, path);
        }
    }

    private void bean(JsonNode node, JavaType type, String path) {
        BeanDescription description = mapper.getDeserializationConfig().introspect(type);
        List<BeanPropertyDefinition> definitions = description.findProperties();
        if (definitions.isEmpty() || type.getRawClass().isAnnotationPresent(JsonDeserialize.class)) {
            // A value type with its own way of reading: let Jackson judge it as a whole.
            anyTexts(node, path);
            if (!converts(node, type)) {
                add(path, "ongeldige waarde");
            }
            return;
        }
        if (!node.isObject()) {
            add(path, "moet een object zijn");
            return;
        }
        Map<String, BeanPropertyDefinition> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition definition : definitions) {
            if (definition.couldDeserialize()) {
                properties.put(definition.getName(), definition);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            BeanPropertyDefinition property = properties.get(field.getKey());
            if (property == null) {
                add(join(path, echo(field.getKey())), "onbekend veld");
                continue;
            }
            value(field.getValue(), property.getPrimaryType(), join(path, field.getKey()), isLongText(property));
        }
    }

    private static boolean isLongText(BeanPropertyDefinition property) {
        for (AnnotatedMember member : new AnnotatedMember[] {
                property.getConstructorParameter(), property.getField(), property.getGetter(), property.getSetter()}) {
            if (member != null) {
                Size size = member.getAnnotation(Size.class);
                if (size != null) {
                    return size.max() >= LONG_TEXT;
                }
            }
        }
        return false;
    }

    private void date(JsonNode node, String path) {
        String reason = IsoDate.problem(node.isTextual() ? node.textValue() : null);
        if (reason != null) {
            add(path, reason);
        }
    }

    private void anyTexts(JsonNode node, String path) {
        if (node.isTextual()) {
            text(node.textValue(), path, false);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                anyTexts(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = join(path, echo(field.getKey()));
                text(field.getKey(), fieldPath, false);
                anyTexts(field.getValue(), fieldPath);
            }
        }
    }

    private void text(String value, String path, boolean longText) {
        String reason = TextCheck.problem(value, longText);
        if (reason != null) {
            add(path, reason);
        }
    }

    private boolean converts(JsonNode node, JavaType type) {
        try {
            mapper.readerFor(type).readValue(node);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void add(String path, String reason) {
        problems.add(new Problem.InvalidParam(path.isEmpty() ? "body" : path, reason));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * A field name as it may be echoed in a problem: at most {@value #MAX_ECHOED_NAME} characters, and
     * anything but letters, digits, '_' and '-' written as a {@code \\uXXXX} escape.
     */
    static String echo(String name) {
        StringBuilder echoed = new StringBuilder();
        int length = Math.min(name.length(), MAX_ECHOED_NAME);
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                echoed.append(c);
            } else {
                echoed.append(String.format("\\u%04x", (int) c));
            }
        }
        if (name.length() > MAX_ECHOED_NAME) {
            echoed.append("…");
        }
        return echoed.toString();
    }
}
