package nl.venster.conventions.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import nl.venster.conventions.http.HttpStatusTitles;

/**
 * Documents what the conventions add to every operation, so the contract front-ends generate clients from is
 * complete without repeating it on every resource: a relative server with the versioned base path, the response
 * headers the conventions send (with their schemas), the problem+json error responses, and the paging and date
 * constraints of query parameters. Runs over whatever the document holds, so endpoints added later get the same.
 */
public class ConventionsOpenApiFilter implements OASFilter {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String API_VERSION = "API-Version";
    public static final String LINK = "Link";
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LOCATION = "Location";
    public static final String ETAG = "ETag";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String CONTENT_DISPOSITION = "Content-Disposition";

    /** The headers this API defines; the contract declares each where it is sent (checked by the contract tests). */
    public static final Set<String> API_HEADERS = Set.of(API_VERSION, LINK, TOTAL_COUNT, LOCATION, ETAG, RETRY_AFTER,
            CONTENT_DISPOSITION);

    /** Value types that clients know by their format; inlined so a nullable one can say so with {@code type}. */
    private static final Set<String> SCALAR_COMPONENTS = Set.of("LocalDate", "UUID", "OffsetDateTime", "Instant");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String basePath = config.getOptionalValue("api.base-path", String.class).orElse("");
        int maxPageSize = config.getOptionalValue("api.paging.max-page-size", Integer.class).orElse(100);
        int defaultPageSize = config.getOptionalValue("api.paging.default-page-size", Integer.class).orElse(20);

        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        headers(components);
        problemSchemas(components);
        Map<String, Schema> scalars = inlineScalars(components);

        if (!basePath.isEmpty()) {
            // Paths relative to a relative server: generated clients take the base path from servers[0].
            openAPI.setServers(List.of(OASFactory.createServer().url(basePath)
                    .description("Relatief aan de host van de dienst, met de hoofdversie van de API")));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        Paths relative = OASFactory.createPaths();
        // A 201 points with Location to the created item when the collection has items one can GET.
        Set<String> readableItems = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getGET() != null && path.endsWith("}")) {
                readableItems.add(path.substring(0, path.lastIndexOf('/')));
            }
        });
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> {
            String key = !basePath.isEmpty() && path.startsWith(basePath + "/") ? path.substring(basePath.length()) : path;
            item.getOperations().forEach((method, operation) -> document(key, method, operation, maxPageSize, defaultPageSize,
                    method == PathItem.HttpMethod.POST && readableItems.contains(path)));
            relative.addPathItem(key, item);
        });
        openAPI.setPaths(relative);
        replaceScalarReferences(openAPI, scalars);
    }

    private static void headers(Components components) {
        components.addHeader(API_VERSION, header("Volledige semantische versie van de API", true,
                string().pattern("^[0-9]+\\.[0-9]+\\.[0-9]+$").examples(List.of("1.0.0"))));
        components.addHeader(LINK, header("RFC 8288-relaties self, first, prev, next en last naar pagina's van deze collectie "
                + "(bij een JSON-pagina; een export bevat alle rijen)", false, string().examples(List.of("</api/register/v1/regios?page=2&pageSize=20>; rel=\"next\""))));
        components.addHeader(TOTAL_COUNT, header("Aantal items over alle pagina's", true,
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ZERO)));
        components.addHeader(LOCATION, header("Adres van de aangemaakte resource", true, string().format("uri-reference")));
        components.addHeader(ETAG, header("Versie van deze representatie; stuur terug in If-Match of If-None-Match", true,
                string().examples(List.of("\"3\""))));
        components.addHeader(RETRY_AFTER, header("Seconden tot een nieuw verzoek weer kan", true,
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        components.addHeader(CONTENT_DISPOSITION, header("Bij een export (CSV of Excel): attachment met de bestandsnaam", false,
                string().examples(List.of("attachment; filename=\"bestand.csv\""))));
    }

    private static Header header(String description, boolean required, Schema schema) {
        return OASFactory.createHeader().description(description).required(required).schema(schema);
    }

    private static void problemSchemas(Components components) {
        components.addSchema("InvalidParam", object(Map.of(
                "name", string().description("Naam van het veld of de parameter"),
                "reason", string().description("Waarom de waarde is geweigerd")), List.of("name", "reason")));
        components.addSchema("Problem", object(Map.of(
                "type", string().description("URI die het soort fout aanduidt"),
                "title", string().description("Korte, vaste omschrijving van het soort fout"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP-statuscode"),
                "detail", string().description("Uitleg bij deze fout"),
                "instance", string().description("Verwijzing naar deze specifieke fout, voor navraag"),
                "invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Alle ongeldige velden of parameters (bij 400)")
                        .items(OASFactory.createSchema().ref("InvalidParam"))),
                List.of("title", "status", "detail")).description("Foutmelding volgens RFC 9457"));
    }

    private static Map<String, Schema> inlineScalars(Components components) {
        Map<String, Schema> scalars = new LinkedHashMap<>();
        if (components.getSchemas() == null) {
            return scalars;
        }
        // Free-form JSON (Jackson's JsonNode, e.g. audit details) is an object to clients, not Jackson's node model.
        if (components.getSchemas().containsKey("JsonNode")) {
            components.removeSchema("JsonNode");
            components.removeSchema("JsonNodeType");
            scalars.put("JsonNode", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
        }
        for (String name : SCALAR_COMPONENTS) {
            Schema schema = components.getSchemas().get(name);
            if (schema != null) {
                scalars.put(name, schema);
                components.removeSchema(name);
            }
        }
        return scalars;
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, int maxPageSize, int defaultPageSize,
                          boolean createsReadableItem) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean paged = parameters.stream().anyMatch(p -> "pageSize".equals(p.getName()));
        boolean conditional = responses.getAPIResponses().values().stream()
                .anyMatch(r -> r.getHeaders() != null && r.getHeaders().containsKey(ETAG));
        parameters.forEach(p -> constrain(p, maxPageSize, defaultPageSize));

        // Any parameter or body can be malformed (a type error in a path or query parameter too), and any request
        // can carry two Authorization headers; the HTTP conventions refuse an over-long URI or oversized headers.
        problem(responses, 400);
        problem(responses, 414);
        problem(responses, 431);
        if (secured) {
            problem(responses, 401);
            problem(responses, 403);
        }
        if (path.contains("{")) {
            problem(responses, 404);
        }
        problem(responses, 406);
        if (operation.getRequestBody() != null) {
            problem(responses, 413);
            problem(responses, 415);
        }
        if (write) {
            problem(responses, 429);
        }
        problem(responses, 500);
        for (String code : new ArrayList<>(responses.getAPIResponses().keySet())) {
            if (code.startsWith("4") || code.startsWith("5")) {
                problem(responses, Integer.parseInt(code));
            }
            APIResponse response = responses.getAPIResponse(code);
            // A header named but not described gets the shared description with its schema.
            if (response.getHeaders() != null) {
                new ArrayList<>(response.getHeaders().keySet()).forEach(name -> {
                    if (API_HEADERS.contains(name)) {
                        response.addHeader(name, reference(name));
                    }
                });
            }
            response.addHeader(API_VERSION, reference(API_VERSION));
            if (paged && code.equals("200")) {
                response.addHeader(LINK, reference(LINK));
                response.addHeader(TOTAL_COUNT, reference(TOTAL_COUNT));
            }
            if (code.equals("201") && createsReadableItem) {
                response.addHeader(LOCATION, reference(LOCATION));
            }
            if (conditional && (code.equals("200") || code.equals("304"))) {
                response.addHeader(ETAG, reference(ETAG));
            }
            if (code.equals("429")) {
                response.addHeader(RETRY_AFTER, reference(RETRY_AFTER));
            }
            if (code.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes().keySet()
                    .stream().anyMatch(type -> !type.startsWith("application/json"))) {
                response.addHeader(CONTENT_DISPOSITION, reference(CONTENT_DISPOSITION));
            }
        }
    }

    /** Paging limits and date formats, the same for every operation that takes them. */
    private static void constrain(Parameter parameter, int maxPageSize, int defaultPageSize) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getName() == null) {
            return;
        }
        Schema schema = parameter.getSchema() == null ? OASFactory.createSchema() : parameter.getSchema();
        switch (parameter.getName()) {
            case "page" -> {
                parameter.schema(integer().minimum(java.math.BigDecimal.ONE).defaultValue(1));
                describe(parameter, "Paginanummer, vanaf 1");
            }
            case "pageSize" -> {
                parameter.schema(integer().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(maxPageSize))
                        .defaultValue(defaultPageSize));
                describe(parameter, "Aantal items per pagina, hoogstens " + maxPageSize);
            }
            default -> {
                // Dates in query parameters are ISO 8601 calendar dates (jjjj-mm-dd), like peildatum.
                if (parameter.getName().endsWith("datum") && schema.getType() != null
                        && schema.getType().contains(Schema.SchemaType.STRING)) {
                    parameter.schema(schema.format("date"));
                }
            }
        }
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.description(description);
        }
    }

    private static Header reference(String name) {
        return OASFactory.createHeader().ref(name);
    }

    /** Replaces references to the inlined value types by their schema; a nullable one keeps "null" in its type. */
    private static void replaceScalarReferences(OpenAPI openAPI, Map<String, Schema> scalars) {
        if (scalars.isEmpty()) {
            return;
        }
        SchemaWalker walker = new SchemaWalker(schema -> {
            String ref = schema.getRef();
            if (ref == null || !ref.startsWith("#/components/schemas/")) {
                return;
            }
            Schema scalar = scalars.get(ref.substring("#/components/schemas/".length()));
            if (scalar == null) {
                return;
            }
            List<Schema.SchemaType> types = new ArrayList<>(scalar.getType());
            if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
                types.add(Schema.SchemaType.NULL);
            }
            schema.setRef(null);
            schema.setType(types);
            schema.setFormat(scalar.getFormat());
            if (schema.getExamples() == null && scalar.getExamples() != null) {
                schema.setExamples(scalar.getExamples());
            }
        });
        walker.walk(openAPI);
        // "A date or null" then reads type: [string, null] with format date, not an anyOf of the two.
        new SchemaWalker(schema -> {
            List<Schema> anyOf = schema.getAnyOf();
            if (anyOf == null || anyOf.size() != 2) {
                return;
            }
            Schema value = anyOf.stream().filter(s -> !isNull(s)).findFirst().orElse(null);
            if (value == null || anyOf.stream().noneMatch(ConventionsOpenApiFilter::isNull) || value.getRef() != null
                    || value.getType() == null || value.getType().size() != 1 || value.getProperties() != null) {
                return;
            }
            schema.setAnyOf(null);
            schema.setType(List.of(value.getType().get(0), Schema.SchemaType.NULL));
            schema.setFormat(value.getFormat());
            if (schema.getExamples() == null && value.getExamples() != null) {
                schema.setExamples(value.getExamples());
            }
        }).walk(openAPI);
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
    }

    private static Schema object(Map<String, Schema> properties, List<String> required) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(new TreeMap<>(properties)).required(required);
    }

    private static void problem(APIResponses responses, int status) {
        String code = Integer.toString(status);
        APIResponse existing = responses.getAPIResponse(code);
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse();
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ")) {
            response.description(HttpStatusTitles.title(status));
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        response.content(OASFactory.createContent().addMediaType(PROBLEM_JSON, problem));
        responses.addAPIResponse(code, response);
    }
}
