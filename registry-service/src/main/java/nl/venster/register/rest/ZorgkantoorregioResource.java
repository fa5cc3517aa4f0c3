package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Zorgkantoorregio;
import nl.venster.register.repository.ZorgkantoorregioRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/zorgkantoorregios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zorgkantoorregio's", description = "De 31 zorgkantoorregio's van CBS met hun zorgkantoor (referentiedata)")
public class ZorgkantoorregioResource {

    private final ZorgkantoorregioRepository zorgkantoorregios;
    private final ApiConfig api;

    public ZorgkantoorregioResource(ZorgkantoorregioRepository zorgkantoorregios, ApiConfig api) {
        this.zorgkantoorregios = zorgkantoorregios;
        this.api = api;
    }

    @Schema(name = "Zorgkantoorregio")
    public record ZorgkantoorregioDto(@Schema(examples = "ZK23") String code, String naam,
                                      @Schema(description = "naam in de Staatscourant (2014)", nullable = true) String naamStaatscourant,
                                      @Schema(description = "concessiehouder per 1-1-2014", nullable = true) String zorgkantoor,
                                      @Schema(nullable = true) String opmerking) {
        static ZorgkantoorregioDto van(Zorgkantoorregio zk) {
            return new ZorgkantoorregioDto(zk.code, zk.naam, zk.naamStaatscourant, zk.zorgkantoor, zk.opmerking);
        }
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "zorgkantoorregiosZoeken", summary = "Zorgkantoorregio's", description = "Op code gesorteerd; filter naam zoekt in de naam.")
    @APIResponse(responseCode = "200", description = "Een pagina zorgkantoorregio's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ZorgkantoorregioDto.class)))
    public Response lijst(@QueryParam("naam") @Size(max = 200) String naam,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        List<ZorgkantoorregioDto> alle = zorgkantoorregios.listAll().stream()
                .filter(zk -> zoek == null || zk.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .sorted(Comparator.comparing(zk -> zk.code))
                .map(ZorgkantoorregioDto::van).toList();
        return PagedResponse.ok(request.slice(alle), alle.size(), request, uriInfo);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "zorgkantoorregioOphalen", summary = "Eén zorgkantoorregio")
    @APIResponse(responseCode = "200", description = "De zorgkantoorregio")
    @APIResponse(responseCode = "404", description = "Onbekende code")
    public ZorgkantoorregioDto een(@PathParam("code") @Pattern(regexp = RegioDtos.ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers") String code) {
        return zorgkantoorregios.findByIdOptional(code).map(ZorgkantoorregioDto::van)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen zorgkantoorregio met code " + code + "."));
    }
}
