package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.service.AntwoordService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes/{jaar}/regios/{regio}/antwoorden")
@Tag(name = "Antwoorden", description = "De antwoorden van de drie financiers per regio, verzegeld tot compleet")
@Produces(MediaType.APPLICATION_JSON)
public class AntwoordResource {

    private final AntwoordService antwoorden;
    private final ApiConfig api;

    public AntwoordResource(AntwoordService antwoorden, ApiConfig api) {
        this.antwoorden = antwoorden;
        this.api = api;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "regioAntwoordenOphalen", summary = "De antwoorden van een regio",
            description = "Voor contactpersonen van de regio en beheerders. De scores van een andere financier dan de eigen zijn"
                    + " pas zichtbaar als alle drie hebben geantwoord of de ronde is gesloten; tot dan alleen wie heeft geantwoord.")
    @APIResponse(responseCode = "200", description = "De antwoorden, verzegeld waar nodig",
            content = @Content(schema = @Schema(implementation = RegioAntwoordenDto.class)))
    @APIResponse(responseCode = "404", description = Paden.NIET_IN_RONDE)
    public RegioAntwoordenDto regio(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                                    @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio) {
        return RegioAntwoordenDto.van(antwoorden.regioAntwoorden(jaar, regio));
    }

    @PUT
    @Path("/{financier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AANSPREEKPUNT)
    @Operation(operationId = "antwoordenIndienen", summary = "De antwoorden van een financier indienen of wijzigen",
            description = "Alleen het bestuurlijk of ambtelijk aanspreekpunt van deze financier in deze regio (volgens het register"
                    + " op de dag van indienen), zolang de ronde open is. Elke indiening is een nieuwe versie; een wijziging"
                    + " vraagt If-Match met de ETag van de huidige versie.")
    @APIResponse(responseCode = "201", description = "Eerste versie ingediend",
            headers = @Header(name = "ETag", description = "De versie, bijv. \"1\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AntwoordsetDto.class)))
    @APIResponse(responseCode = "200", description = "Nieuwe versie ingediend",
            headers = @Header(name = "ETag", description = "De versie, bijv. \"2\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AntwoordsetDto.class)))
    @APIResponse(responseCode = "409", description = "De ronde is niet open")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "Er is al een versie; If-Match ontbreekt")
    @APIResponse(responseCode = "404", description = Paden.NIET_IN_RONDE)
    public Response indienen(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                             @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                             @PathParam("financier") @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                             @Parameter(description = "ETag van de versie die wordt gewijzigd; verplicht zodra er een versie is")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull AntwoordenIndienen invoer) {
        AntwoordService.Indiening indiening = antwoorden.indienen(jaar, regio, Financier.of(financier), invoer.opdracht(), ifMatch);
        return Response.status(indiening.eerste() ? Response.Status.CREATED : Response.Status.OK)
                .tag(new jakarta.ws.rs.core.EntityTag(Long.toString(indiening.antwoordset().versie())))
                .entity(AntwoordsetDto.van(indiening.antwoordset())).build();
    }

    @GET
    @Path("/{financier}/versies")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "antwoordversiesZoeken", summary = "De historie van de antwoorden van een financier",
            description = "Elke versie met wie haar indiende en wanneer; voor de eigen financier, of voor iedereen in de regio"
                    + " zodra de antwoorden niet meer verzegeld zijn.")
    @APIResponse(responseCode = "200", description = "Een pagina versies, oudste eerst",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AntwoordsetVersieDto.class)))
    @APIResponse(responseCode = "404", description = Paden.NIET_IN_RONDE)
    public Response versies(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                            @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                            @PathParam("financier") @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                            @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        Financier wie = Financier.of(financier);
        return PagedResponse.ok(antwoorden.versies(jaar, regio, wie, request.offset(), request.pageSize()).stream()
                        .map(AntwoordsetVersieDto::van).toList(),
                antwoorden.aantalVersies(jaar, regio, wie), request, uriInfo);
    }
}
