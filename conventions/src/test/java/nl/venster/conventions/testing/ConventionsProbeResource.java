package nl.venster.conventions.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoints that exercise the conventions inside each real service (indexed only in the test
 * profile and hidden from the OpenAPI document).
 */
@Path("/conventie-test")
@Produces(MediaType.APPLICATION_JSON)
public class ConventionsProbeResource {

    public static final int ITEMS = 25;

    private final ApiConfig config;

    public ConventionsProbeResource(ApiConfig config) {
        this.config = config;
    }

    public record Invoer(@NotBlank @Size(max = 20) String naam, @NotNull @Min(1) @Max(10) Integer score,
                         @Size(max = 2000) String toelichting, LocalDate datum, Boolean actief, List<@NotNull Integer> cijfers) {
    }

    /** Typed path and query parameters, for the 400 on a value of the wrong type. */
    @GET
    @Path("/getypeerd/{nummer}")
    @RolesAllowed({Roles.LEZER, Roles.AANSPREEKPUNT, Roles.BEHEERDER})
    @Operation(hidden = true)
    public List<String> getypeerd(@PathParam("nummer") int nummer, @QueryParam("id") java.util.UUID id,
                                  @QueryParam("pageSize") Integer pageSize, @QueryParam("peildatum") java.time.LocalDate peildatum) {
        return List.of(nummer + " " + id + " " + pageSize + " " + peildatum);
    }

    @GET
    @Path("/lezen")
    @RolesAllowed({Roles.LEZER, Roles.AANSPREEKPUNT, Roles.BEHEERDER})
    @Operation(hidden = true)
    public List<String> lezen(@QueryParam("actief") Boolean actief, @QueryParam("peildatum") LocalDate peildatum) {
        return List.of("ok");
    }

    @POST
    @Path("/schrijven")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(hidden = true)
    public Invoer schrijven(@Valid @NotNull Invoer invoer) {
        return invoer;
    }

    @GET
    @Path("/paginering")
    @RolesAllowed({Roles.LEZER, Roles.AANSPREEKPUNT, Roles.BEHEERDER})
    @Operation(hidden = true)
    public Response paginering(@QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                               @QueryParam("naam") String naam, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, config.paging(), validation);
        validation.throwIfInvalid();
        List<Integer> all = IntStream.rangeClosed(1, ITEMS).boxed().toList();
        List<Integer> items = request.slice(all);
        return PagedResponse.ok(items, all.size(), request, uriInfo);
    }

    @GET
    @Path("/fout")
    @RolesAllowed({Roles.LEZER, Roles.AANSPREEKPUNT, Roles.BEHEERDER})
    @Operation(hidden = true)
    public String fout() {
        throw new IllegalStateException("internal detail nl.venster.secret must not leak");
    }

    @GET
    @Path("/niet-geannoteerd")
    @Operation(hidden = true)
    public String nietGeannoteerd() {
        return "should be denied";
    }
}
