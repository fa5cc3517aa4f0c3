package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.venster.service.OpvolgingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes/{jaar}/regios/{regio}/opvolgingen")
@Tag(name = "Opvolgingen", description = "Wat een regio met de uitkomst deed: de escalatieladder")
@Produces(MediaType.APPLICATION_JSON)
public class OpvolgingResource {

    private final OpvolgingService opvolgingen;
    private final ApiConfig api;

    public OpvolgingResource(OpvolgingService opvolgingen, ApiConfig api) {
        this.opvolgingen = opvolgingen;
        this.api = api;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "opvolgingenZoeken", summary = "De opvolgingen van een regio in een ronde, in volgorde")
    @APIResponse(responseCode = "200", description = "Een pagina opvolgingen, op volgnummer",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OpvolgingDto.class)))
    @APIResponse(responseCode = "404", description = Paden.NIET_IN_RONDE)
    public Response lijst(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                          @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        return PagedResponse.ok(opvolgingen.page(jaar, regio, request.offset(), request.pageSize()).stream().map(OpvolgingDto::van).toList(),
                opvolgingen.count(jaar, regio), request, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "opvolgingVastleggen", summary = "Een opvolging vastleggen",
            description = "Contactpersonen van de regio en beheerders; geagendeerd-vws alleen door een beheerder. Opvolgingen"
                    + " worden nooit gewijzigd of verwijderd.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = OpvolgingDto.class)))
    @APIResponse(responseCode = "409", description = "De ronde is nog niet open, of geagendeerd-vws zonder eerdere"
            + " hulpvraag-vng-zn van de regio in deze ronde (de ladder wordt in volgorde beklommen)")
    @APIResponse(responseCode = "404", description = Paden.NIET_IN_RONDE)
    public Response vastleggen(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                               @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                               @Valid @NotNull OpvolgingInvoer invoer, @Context UriInfo uriInfo) {
        OpvolgingDto opvolging = OpvolgingDto.van(opvolgingen.vastleggen(jaar, regio, invoer.opdracht()));
        return Response.status(Response.Status.CREATED).entity(opvolging).build();
    }
}
