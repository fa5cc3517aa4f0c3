package nl.venster.conventions.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an HTTP response against the OpenAPI 3.1 contracts in {@code openapi/}: the status must be documented for
 * the operation, the media type too, a JSON body must match its schema (validated with networknt's
 * json-schema-validator in the OpenAPI 3.1 dialect), every required header must be sent with a value its schema
 * allows, and none of the API's own headers ({@code Link}, {@code ETag}, ...) may be sent where the contract does not
 * declare it. Requests outside the documented base paths (health, metrics, the document itself, unknown paths) are
 * not checked; a method the contract does not list for a documented path must be answered with 405.
 */
public final class ContractValidator {

    /** The headers this API defines; where one is sent, the contract must say so. */
    static final Set<String> API_HEADERS = Set.of("api-version", "link", "x-total-count", "location", "etag",
            "retry-after", "content-disposition");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Document> documents = new ArrayList<>();

    private record Operation(Document document, String template, Pattern pattern, JsonNode pathItem) {
    }

    private static final class Document {
        final String uri;
        final String basePath;
        final JsonNode root;
        final SchemaRegistry registry;
        final List<Operation> paths = new ArrayList<>();
        final Map<String, Schema> schemas = new ConcurrentHashMap<>();

        Document(String name, JsonNode root, String text) {
            this.uri = "https://contract.venster.test/" + name;
            this.root = root;
            this.basePath = root.path("servers").path(0).path("url").asText("");
            this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(uri, text)));
            root.path("paths").fields().forEachRemaining(path -> paths.add(new Operation(this, path.getKey(),
                    Pattern.compile("^" + Pattern.quote(basePath + path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$"),
                    path.getValue())));
            // A literal segment wins over a template variable (e.g. /rondes/{jaar}/regios over /rondes/{jaar}/{x}).
            paths.sort(Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
        }

        Schema schema(JsonNode schemaNode) {
            return schemas.computeIfAbsent(schemaNode.toString(), key -> registry.getSchema(absolute(schemaNode.deepCopy())));
        }

        /** References inside the document, made absolute so the inline schema resolves them in the registered document. */
        private JsonNode absolute(JsonNode node) {
            if (node instanceof ObjectNode object) {
                JsonNode ref = object.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                    object.put("$ref", uri + ref.asText());
                }
                object.fields().forEachRemaining(field -> absolute(field.getValue()));
            } else if (node != null && node.isArray()) {
                node.forEach(this::absolute);
            }
            return node;
        }

        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
                current = root.at(current.get("$ref").asText().substring(1));
            }
            return current;
        }
    }

    /** The contracts {@code openapi/<name>.openapi.json} under the repository root. */
    public static ContractValidator of(Path repositoryRoot, String... services) {
        ContractValidator validator = new ContractValidator();
        for (String service : services) {
            Path file = repositoryRoot.resolve(Path.of("openapi", service + ".openapi.json"));
            try {
                String text = Files.readString(file);
                validator.documents.add(new Document(file.getFileName().toString(), JSON.readTree(text), text));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the contract " + file, e);
            }
        }
        return validator;
    }

    /** A served document (e.g. {@code <base>/openapi.json} of the service under test), named for messages. */
    public static ContractValidator ofDocument(String name, String text) {
        ContractValidator validator = new ContractValidator();
        try {
            validator.documents.add(new Document(name, JSON.readTree(text), text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + name, e);
        }
        return validator;
    }

    /**
     * What in the response the contract does not describe; empty when it conforms.
     *
     * @param path    the request path as sent, without query
     * @param headers the response headers by name; looked up case-insensitively
     */
    public List<String> violations(String method, String path, int status, Function<String, List<String>> headers,
                                   String contentType, byte[] body) {
        Operation match = find(path);
        List<String> violations = new ArrayList<>();
        if (match == null) {
            return violations;
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + path + " -> " + status + ": ";
        String lower = method.toLowerCase(Locale.ROOT);
        if (!METHODS.contains(lower)) {
            return violations;
        }
        JsonNode operation = match.pathItem().get(lower);
        if (operation == null) {
            if (status != 405) {
                violations.add(where + "the contract has no " + lower.toUpperCase(Locale.ROOT) + " " + match.template()
                        + ", so the answer must be 405");
            }
            return violations;
        }
        Document document = match.document();
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
        if (response == null) {
            violations.add(where + "status " + status + " is not documented for " + operation.path("operationId").asText(match.template()));
            return violations;
        }
        response = document.resolve(response);
        headers(where, document, response.path("headers"), headers, violations);
        body(where, document, response.path("content"), contentType, body, violations);
        return violations;
    }

    private Operation find(String path) {
        for (Document document : documents) {
            if (!path.startsWith(document.basePath + "/") || path.startsWith(document.basePath + "/openapi")) {
                continue;
            }
            for (Operation operation : document.paths) {
                if (operation.pattern().matcher(path).matches()) {
                    return operation;
                }
            }
        }
        return null;
    }

    private static void headers(String where, Document document, JsonNode declared, Function<String, List<String>> sent,
                                List<String> violations) {
        Set<String> declaredNames = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            declaredNames.add(entry.getKey().toLowerCase(Locale.ROOT));
            JsonNode header = document.resolve(entry.getValue());
            List<String> values = sent.apply(entry.getKey());
            if (values == null || values.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    violations.add(where + "required header " + entry.getKey() + " is missing");
                }
                continue;
            }
            JsonNode schemaNode = header.get("schema");
            if (schemaNode != null) {
                JsonNode value = headerValue(document.resolve(schemaNode), values.get(0));
                for (Error error : document.schema(schemaNode).validate(value)) {
                    violations.add(where + "header " + entry.getKey() + " '" + values.get(0) + "': " + error.getMessage());
                }
            }
        }
        for (String name : API_HEADERS) {
            List<String> values = sent.apply(name);
            if (values != null && !values.isEmpty() && !declaredNames.contains(name)) {
                violations.add(where + "header " + name + " is sent but not declared for this response");
            }
        }
    }

    private static JsonNode headerValue(JsonNode schema, String value) {
        if (schema.path("type").asText().equals("integer")) {
            try {
                return LongNode.valueOf(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return TextNode.valueOf(value);
            }
        }
        return TextNode.valueOf(value);
    }

    private static void body(String where, Document document, JsonNode content, String contentType, byte[] body,
                             List<String> violations) {
        boolean empty = body == null || body.length == 0;
        if (content.isMissingNode() || content.isEmpty()) {
            if (!empty) {
                violations.add(where + "a body is sent but the contract declares none");
            }
            return;
        }
        if (empty) {
            violations.add(where + "no body is sent but the contract declares " + fieldNames(content));
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode declared = content.get(mediaType);
        if (declared == null) {
            violations.add(where + "media type '" + mediaType + "' is not declared (declared: " + fieldNames(content) + ")");
            return;
        }
        JsonNode schemaNode = declared.get("schema");
        if (schemaNode == null || !(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return;
        }
        if (schemaNode.isEmpty()) {
            violations.add(where + "the contract declares no schema for " + mediaType);
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            violations.add(where + "the body is not JSON");
            return;
        }
        List<Error> errors = document.schema(schemaNode).validate(instance);
        errors.stream().limit(20).forEach(error -> violations.add(where + error.getInstanceLocation() + ": " + error.getMessage()));
        if (errors.size() > 20) {
            violations.add(where + (errors.size() - 20) + " more");
        }
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
