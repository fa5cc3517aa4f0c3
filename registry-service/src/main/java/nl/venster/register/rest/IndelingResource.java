package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Dekkingscontrole;
import nl.venster.register.domain.Kalender;
import nl.venster.register.rest.RegioDtos.Indelingswijziging;
import nl.venster.register.rest.RegioDtos.RegioDto;
import nl.venster.register.service.RegioService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The division as a whole: its coverage check and atomic reshaping (split, merge, move). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indeling", description = "De regio-indeling als geheel: dekkingscontrole en splitsen of samenvoegen")
public class IndelingResource {

    private final RegioService regioService;
    private final RegioWeergave weergave;
    private final ApiConfig api;
    private final Clock clock;

    public IndelingResource(RegioService regioService, RegioWeergave weergave, ApiConfig api, Clock clock) {
        this.regioService = regioService;
        this.weergave = weergave;
        this.api = api;
        this.clock = clock;
    }

    @GET
    @Path("dekking")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "dekkingControleren", summary = "Dekkingscontrole", description = "Gemeenten die op de peildatum (standaard vandaag) in geen of in "
            + "meer dan één regio zitten. Hoort leeg te zijn.")
    @APIResponse(responseCode = "200", description = "Een pagina dekkingsproblemen (leeg: landsdekkend en sluitend)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Dekkingscontrole.Probleem.class)))
    public Response dekking(@Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum,
                            @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                            @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        List<Dekkingscontrole.Probleem> problemen = regioService.dekking(datum);
        return PagedResponse.ok(request.slice(problemen), problemen.size(), request, uriInfo);
    }

    @POST
    @Path("indelingswijzigingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "indelingWijzigen", summary = "Regio's splitsen, samenvoegen of gemeenten verplaatsen in één atomaire wijziging",
            description = "Per de ingangsdatum ontstaan de nieuwe regio's, verhuizen de gemeenten en eindigen de beëindigde "
                    + "regio's. Geweigerd met 409 (en niets gewijzigd) als een gemeente daarna op enige datum in geen of in "
                    + "twee regio's zou zitten; het lid gemeenten noemt ze.")
    @APIResponse(responseCode = "200", description = "De geraakte regio's op de ingangsdatum")
    @APIResponse(responseCode = "409", description = "De indeling zou niet sluitend zijn")
    public List<RegioDto> wijzig(@Valid @NotNull Indelingswijziging wijziging) {
        return weergave.dtos(regioService.wijzigIndeling(RegioMapper.indelingswijziging(wijziging)), wijziging.ingangsdatum());
    }
}
