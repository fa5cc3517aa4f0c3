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

    private final ContractValidator validator;

    public ContractValidationFilter(ContractValidator validator) {
        this.validator = validator;
    }

    /** Adds a filter for these services' contracts to RestAssured's global filters, once. */
    public static synchronized void install(Path repositoryRoot, String... services) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter(ContractValidator.of(repositoryRoot, services)));
        }
    }

    /** Adds a filter for this contract to RestAssured's global filters, once. */
    public static synchronized void install(java.util.function.Supplier<ContractValidator> validator) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter(validator.get()));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        List<String> violations = validator.violations(request.getMethod(), path, response.statusCode(),
                name -> response.getHeaders().getList(name).stream().map(Header::getValue).toList(),
                response.getContentType(), response.asByteArray());
        if (!violations.isEmpty()) {
            throw new AssertionError("the response does not conform to the OpenAPI contract:\n  "
                    + String.join("\n  ", violations));
        }
        return response;
    }
}
