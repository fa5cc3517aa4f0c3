package nl.venster.conventions.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import nl.venster.conventions.http.HttpStatusTitles;

/**
 * Documents what the conventions add to every operation, so the contract front-ends code against is
 * complete: the API-Version header on every response and the problem+json error responses.
 */
public class ConventionsOpenApiFilter implements OASFilter {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String API_VERSION = "API-Version";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addHeader(API_VERSION, OASFactory.createHeader()
                .description("Volledige semantische versie van de API")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("1.0.0"))));
        components.addSchema("InvalidParam", object(Map.of(
                "name", string("Naam van het veld of de parameter"),
                "reason", string("Waarom de waarde is geweigerd")), List.of("name", "reason")));
        components.addSchema("Problem", object(Map.of(
                "type", string("URI die het soort fout aanduidt"),
                "title", string("Korte, vaste omschrijving van het soort fout"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP-statuscode"),
                "detail", string("Uitleg bij deze fout"),
                "instance", string("Verwijzing naar deze specifieke fout, voor navraag"),
                "invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Alle ongeldige velden of parameters (bij 400)")
                        .items(OASFactory.createSchema().ref("InvalidParam"))),
                List.of("title", "status", "detail")).description("Foutmelding volgens RFC 9457"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasInput) {
            problem(responses, 400);
        }
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
        for (APIResponse response : responses.getAPIResponses().values()) {
            Map<String, Header> headers = response.getHeaders();
            if (headers == null || !headers.containsKey(API_VERSION)) {
                response.addHeader(API_VERSION, OASFactory.createHeader().ref(API_VERSION));
            }
        }
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
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
        response.content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(code, response);
    }
}
