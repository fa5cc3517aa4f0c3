package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Kalender;
import nl.venster.register.domain.Regio;
import nl.venster.register.rest.RegioDtos.LidmaatschapDto;
import nl.venster.register.rest.RegioDtos.RegioDto;
import nl.venster.register.rest.RegioDtos.RegioInvoer;
import nl.venster.register.rest.RegioDtos.RegioWijziging;
import nl.venster.register.rest.RegioDtos.VerplaatsingNaarRegio;
import nl.venster.register.service.RegioService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/regios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regio's", description = "Werkstructuur-regio's en hun lidmaatschappen: landsdekkend en sluitend")
public class RegioResource {

    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final RegioService regioService;
    private final RegioWeergave weergave;
    private final ApiConfig api;
    private final Clock clock;

    public RegioResource(RegioService regioService, RegioWeergave weergave, ApiConfig api, Clock clock) {
        this.regioService = regioService;
        this.weergave = weergave;
        this.api = api;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "regiosZoeken", summary = "Regio's op een peildatum", description = "De regio's die op de peildatum (standaard vandaag) "
            + "bestaan, met hun gemeenten op die datum; op code gesorteerd.")
    @APIResponse(responseCode = "200", description = "Een pagina regio's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegioDto.class)))
    public Response lijst(@Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum,
                          @QueryParam("zorgkantoorregio") @Pattern(regexp = RegioDtos.ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers") String zorgkantoorregio,
                          @QueryParam("naam") @Size(max = 200) String naam,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        RegioWeergave.Pagina pagina = weergave.regiopagina(datum, zorgkantoorregio, naam, request);
        // The paging headers as for every collection; the body is the page serialised once per register version.
        return Response.fromResponse(PagedResponse.ok(List.of(), pagina.totaal(), request, uriInfo))
                .entity(pagina.json()).type(JSON_UTF8).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "regioAanmaken", summary = "Een regio aanmaken", description = "Zonder gemeenten; verplaats daarna gemeenten of gebruik "
            + "een indelingswijziging om te splitsen in één keer.")
    @APIResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar de regio",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegioDto.class)))
    @APIResponse(responseCode = "409", description = "De code bestaat al")
    public Response maak(@Valid @NotNull RegioInvoer invoer, @Context UriInfo uriInfo) {
        Regio regio = regioService.maak(RegioMapper.nieuweRegio(invoer));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(regio.code).build())
                .entity(dto(regio, regio.geldigVanaf)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "regioOphalen", summary = "Eén regio", description = "Met haar gemeenten op de peildatum (standaard vandaag).")
    @APIResponse(responseCode = "200", description = "De regio")
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public RegioDto een(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code,
                        @Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        InputValidation validation = new InputValidation();
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        return weergave.regio(code, datum);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "regioWijzigen", summary = "Naam, zorgkantoorregio, voortouw-zorgverzekeraar en thema's van een regio wijzigen",
            description = "De thema's ouderen, ggz en preventie blijven verplicht.")
    @APIResponse(responseCode = "200", description = "De gewijzigde regio")
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public RegioDto wijzig(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @Valid @NotNull RegioWijziging wijziging) {
        return dto(regioService.wijzig(code, RegioMapper.regiogegevens(wijziging)), Kalender.vandaag(clock));
    }

    @GET
    @Path("/{code}/lidmaatschappen")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "lidmaatschappenZoeken", summary = "Lidmaatschappen van een regio", description = "Zonder peildatum alle lidmaatschappen (historie en "
            + "toekomst), met peildatum de op die datum geldige; gesorteerd op gemeentecode en vanaf.")
    @APIResponse(responseCode = "200", description = "Een pagina lidmaatschappen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LidmaatschapDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public Response lidmaatschappen(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code,
                                    @Parameter(description = "jjjj-mm-dd") @QueryParam("peildatum") String peildatum,
                                    @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                                    @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Verzoek.datum(peildatum, "peildatum", validation);
        validation.throwIfInvalid();
        Map<String, String> namen = regioService.gemeentenamen();
        List<LidmaatschapDto> alle = regioService.lidmaatschappen(code, datum).stream()
                .map(l -> new LidmaatschapDto(l.gemeente, namen.get(l.gemeente), l.regio, l.vanaf, l.tot)).toList();
        return PagedResponse.ok(request.slice(alle), alle.size(), request, uriInfo);
    }

    @POST
    @Path("/{code}/lidmaatschappen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "gemeentenVerplaatsen", summary = "Gemeenten naar deze regio verplaatsen", description = "Eén atomaire wijziging per de ingangsdatum: "
            + "de lidmaatschappen van de gemeenten elders eindigen dan (latere geplande lidmaatschappen vervallen). "
            + "Geweigerd met 409 als een gemeente daarna op enige datum in geen of in twee regio's zou zitten.")
    @APIResponse(responseCode = "200", description = "De geraakte regio's op de ingangsdatum")
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    @APIResponse(responseCode = "409", description = "De indeling zou niet sluitend zijn; het lid gemeenten noemt ze")
    public List<RegioDto> verplaats(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @Valid @NotNull VerplaatsingNaarRegio verplaatsing) {
        List<Regio> geraakt = regioService.verplaatsNaar(code, verplaatsing.ingangsdatum(), verplaatsing.gemeenten());
        return dtos(geraakt, verplaatsing.ingangsdatum());
    }

    private RegioDto dto(Regio regio, LocalDate peildatum) {
        return weergave.dtos(List.of(regio), peildatum).get(0);
    }

    private List<RegioDto> dtos(List<Regio> regios, LocalDate peildatum) {
        return weergave.dtos(regios, peildatum);
    }
}
