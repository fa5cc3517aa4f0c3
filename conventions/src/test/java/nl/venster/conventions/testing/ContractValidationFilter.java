package nl.venster.conventions.testing;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A RestAssured filter that fails the test when a response is not what the OpenAPI contract describes (see
 * {@link ContractValidator}). Installed for every @QuarkusTest by {@link ContractValidationCallback}, and by the system
 * tests for the three services.
 */
public final class ContractValidationFilter implements Filter {

    private volatile ContractValidator validator;
    private final String servedBasePath;

    public ContractValidationFilter(ContractValidator validator) {
        this.validator = validator;
        this.servedBasePath = null;
    }

    private ContractValidationFilter(String servedBasePath) {
        this.servedBasePath = servedBasePath;
    }

    /**
     * Adds a filter for the contract the service under test serves at {@code <basePath>/openapi.json}, once; the
     * document is read on the first request to the API (the service is up by then).
     */
    public static synchronized void installServed(String basePath) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter(basePath));
        }
    }

    private ContractValidator validator(URI request) {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    URI document = request.resolve(servedBasePath + "/openapi.json");
                    try {
                        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(document)
                                .header("Accept", "application/json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(document + " answered " + response.statusCode());
                        }
                        validator = ContractValidator.ofDocument(document.getPath(), response.body());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException("cannot read the contract " + document, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return validator;
    }

    /** Adds a filter for these services' contracts to RestAssured's global filters, once. */
    public static synchronized void install(Path repositoryRoot, String... services) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter(ContractValidator.of(repositoryRoot, services)));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (servedBasePath != null && (!path.startsWith(servedBasePath + "/") || path.startsWith(servedBasePath + "/openapi"))) {
            return response;
        }
        List<String> violations = validator(uri).violations(request.getMethod(), path, response.statusCode(),
                name -> response.getHeaders().getList(name).stream().map(Header::getValue).toList(),
                response.getContentType(), response.asByteArray());
        if (!violations.isEmpty()) {
            throw new AssertionError("the response does not conform to the OpenAPI contract:\n  "
                    + String.join("\n  ", violations));
        }
        return response;
    }
}
