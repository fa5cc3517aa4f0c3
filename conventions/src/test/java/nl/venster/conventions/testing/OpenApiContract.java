package nl.venster.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The document in {@code openapi/} is the contract front-ends code against: this fails when the
 * served document differs. After an intended API change, regenerate the file with
 * {@code -Dopenapi.update=true} and review the diff like code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class OpenApiContract {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    @Order(1)
    void servedDocumentEqualsTheContractInTheRepository() throws IOException {
        String base = ConfigProvider.getConfig().getValue("api.base-path", String.class);
        String application = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path contract = Path.of("..", "openapi", application + ".openapi.json");

        String served = given().get(base + "/openapi.json").then().statusCode(200).extract().asString();
        JsonNode servedDocument = MAPPER.readTree(served);

        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(contract, MAPPER.writeValueAsString(servedDocument) + "\n");
        }
        assertTrue(Files.exists(contract), "missing contract " + contract.toAbsolutePath()
                + "; generate it with -Dopenapi.update=true");
        JsonNode contractDocument = MAPPER.readTree(Files.readString(contract));
        if (!contractDocument.equals(servedDocument)) {
            Path actual = Path.of("target", application + ".served.openapi.json");
            Files.writeString(actual, MAPPER.writeValueAsString(servedDocument));
            assertEquals(MAPPER.writeValueAsString(contractDocument), MAPPER.writeValueAsString(servedDocument),
                    "the served OpenAPI document differs from " + contract + " (served copy: " + actual
                            + "); if the change is intended, run the tests with -Dopenapi.update=true");
        }
    }

    /** What client generators name methods and group them by: an operationId (unique), a summary and a tag everywhere. */
    @Test
    @Order(2)
    void everyOperationHasAnOperationIdSummaryAndTag() throws IOException {
        String application = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        JsonNode document = MAPPER.readTree(Files.readString(Path.of("..", "openapi", application + ".openapi.json")));
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z]+")) {
                missing.add(name + ": operationId (Dutch, lowerCamelCase, e.g. regiosZoeken)");
            } else if (!ids.add(id)) {
                missing.add(name + ": operationId " + id + " is used twice");
            }
            if (op.path("summary").asText("").isBlank()) {
                missing.add(name + ": summary");
            }
            if (op.path("tags").isEmpty()) {
                missing.add(name + ": tag");
            }
        }));
        assertTrue(missing.isEmpty(), "operations without what a generated client needs:\n" + String.join("\n", missing));
    }

    /**
     * The official API Design Rules linter (Spectral with Logius' ruleset, shipped in openapi/adr) reports no error
     * and no warning on the contract in the repository.
     */
    @Test
    @Order(3)
    void contractPassesTheApiDesignRulesLinter() throws IOException, InterruptedException {
        String application = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path contract = root.resolve(Path.of("openapi", application + ".openapi.json"));
        Process spectral = new ProcessBuilder(root.resolve("deploy/local/spectral.sh").toString(), "lint",
                "--ruleset", root.resolve("openapi/adr/linter.yaml").toString(), "--fail-severity", "warn",
                "--format", "text", contract.toString())
                .redirectErrorStream(true).start();
        String report = new String(spectral.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = spectral.waitFor();
        assertEquals(0, exit, "the API Design Rules linter finds errors or warnings in " + contract + ":\n" + report);
    }
}
