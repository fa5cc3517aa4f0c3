package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import nl.venster.venster.service.RondeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes")
@Tag(name = "Rondes", description = "De jaarlijkse rondes: vragenlijst, grenzen, opening en sluiting")
@Produces(MediaType.APPLICATION_JSON)
public class RondeResource {

    private final RondeService rondes;
    private final ApiConfig api;

    public RondeResource(RondeService rondes, ApiConfig api) {
        this.rondes = rondes;
        this.api = api;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "rondesZoeken", summary = "Rondes, nieuwste eerst")
    @APIResponse(responseCode = "200", description = "Een pagina rondes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RondeDto.class)))
    public Response lijst(@QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        return PagedResponse.ok(rondes.page(request.offset(), request.pageSize()).stream().map(RondeDto::van).toList(), rondes.count(),
                request, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rondeAanmaken", summary = "Een ronde aanmaken (in concept)",
            description = "Zonder vragen en grenzen: die van de ronde uit kopieVan, anders de standaardvragenlijst.")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(schema = @Schema(implementation = RondeDto.class)))
    @APIResponse(responseCode = "409", description = "Er is al een ronde voor dit jaar")
    public Response aanmaken(@Valid @NotNull RondeAanmaken invoer, @Context UriInfo uriInfo) {
        RondeDto ronde = RondeDto.van(rondes.aanmaken(invoer.opdracht()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(ronde.jaar())).build()).entity(ronde).build();
    }

    @GET
    @Path("/{jaar}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "rondeOphalen", summary = "Eén ronde")
    @APIResponse(responseCode = "200", description = "De ronde", content = @Content(schema = @Schema(implementation = RondeDto.class)))
    public RondeDto een(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar) {
        return RondeDto.van(rondes.get(jaar));
    }

    @PUT
    @Path("/{jaar}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rondeWijzigen", summary = "Een ronde wijzigen",
            description = "Vragen, grenzen en opent alleen in concept; sluit ook zolang de ronde open is.")
    @APIResponse(responseCode = "200", description = "Gewijzigd", content = @Content(schema = @Schema(implementation = RondeDto.class)))
    @APIResponse(responseCode = "409", description = "De ronde is open of gesloten")
    public RondeDto wijzigen(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                             @Valid @NotNull RondeWijzigen invoer) {
        return RondeDto.van(rondes.wijzigen(jaar, invoer.opdracht()));
    }

    @PUT
    @Path("/{jaar}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rondestatusZetten", summary = "De status van een ronde zetten",
            description = "Alleen vooruit: concept → open → gesloten → gepubliceerd. Rondes openen en sluiten ook vanzelf op opent "
                    + "en sluit. Alleen een gesloten ronde kan worden gepubliceerd; dan zijn haar uitkomsten openbaar "
                    + "(de openbare pagina's van de rapportage-service).")
    @APIResponse(responseCode = "200", description = "De ronde met haar nieuwe status",
            content = @Content(schema = @Schema(implementation = RondeDto.class)))
    @APIResponse(responseCode = "409", description = "Een status terug is niet mogelijk")
    public RondeDto status(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                           @Valid @NotNull StatusWijzigen invoer) {
        return RondeDto.van(rondes.statusWijzigen(jaar, invoer.status()));
    }

    @POST
    @Path("/{jaar}/intrekkingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "publicatieIntrekken", summary = "De publicatie van een ronde intrekken",
            description = "Met een reden (audittrail). De ronde is daarna weer gesloten en verdwijnt van de openbare pagina's; "
                    + "opnieuw publiceren kan met de status gepubliceerd.")
    @APIResponse(responseCode = "200", description = "De ronde, weer gesloten",
            content = @Content(schema = @Schema(implementation = RondeDto.class)))
    @APIResponse(responseCode = "409", description = "De ronde is niet gepubliceerd")
    public RondeDto intrekken(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                              @Valid @NotNull PublicatieIntrekken invoer) {
        return RondeDto.van(rondes.publicatieIntrekken(jaar, invoer.reden().strip()));
    }
}
