package nl.venster.conventions.openapi;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Visits every schema of a document once: components, parameters, bodies, responses and headers, nested ones too. */
final class SchemaWalker {

    private final Consumer<Schema> visitor;
    private final Map<Schema, Boolean> seen = new IdentityHashMap<>();

    SchemaWalker(Consumer<Schema> visitor) {
        this.visitor = visitor;
    }

    void walk(OpenAPI openAPI) {
        if (openAPI.getComponents() != null) {
            each(openAPI.getComponents().getSchemas());
            if (openAPI.getComponents().getHeaders() != null) {
                openAPI.getComponents().getHeaders().values().forEach(h -> schema(h.getSchema()));
            }
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> schema(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    content(r.getContent());
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> schema(h.getSchema()));
                    }
                });
            }
        }));
        if (openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> schema(p.getSchema()));
                }
            });
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> schema(m.getSchema()));
        }
    }

    private void each(Map<String, Schema> schemas) {
        if (schemas != null) {
            schemas.values().forEach(this::schema);
        }
    }

    private void each(Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.forEach(this::schema);
        }
    }

    private void schema(Schema schema) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        visitor.accept(schema);
        each(schema.getProperties());
        schema(schema.getItems());
        schema(schema.getAdditionalPropertiesSchema());
        schema(schema.getNot());
        each(schema.getAllOf());
        each(schema.getAnyOf());
        each(schema.getOneOf());
        each(schema.getPrefixItems());
    }
}
