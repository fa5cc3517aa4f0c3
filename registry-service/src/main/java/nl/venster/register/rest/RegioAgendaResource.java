package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Agenda;
import nl.venster.register.domain.AgendaRegels;
import nl.venster.register.service.AgendaService;
import nl.venster.conventions.domain.Voorwaarde;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/regios/{code}/agendas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samenwerkingsagenda", description = "De regionale agenda: ambitie, per thema opgave, doelen, knelpunten, "
        + "oplossingsrichtingen en afspraken met hun trekkers en voortgang")
public class RegioAgendaResource {

    private final AgendaService agendas;
    private final ApiConfig api;

    public RegioAgendaResource(AgendaService agendas, ApiConfig api) {
        this.agendas = agendas;
        this.api = api;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "agendasZoeken", summary = "De agenda's van een regio", description = "Nieuwste looptijd eerst; met vanKrachtOp alleen de "
            + "vastgestelde agenda die op die datum geldt (hoogstens één).")
    @APIResponse(responseCode = "200", description = "Een pagina agenda's (zonder inhoud per thema)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaDtos.AgendaKortDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public Response lijst(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code,
                          @QueryParam("status") @Pattern(regexp = AgendaRegels.AGENDASTATUS_PATROON, message = "concept, vastgesteld of afgelopen") String status,
                          @Parameter(description = "jjjj-mm-dd") @QueryParam("vanKrachtOp") String vanKrachtOp,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Verzoek.datum(vanKrachtOp, "vanKrachtOp", validation);
        validation.throwIfInvalid();
        List<Agenda> alle = agendas.agendasVanRegio(code, status, datum);
        return PagedResponse.ok(request.slice(alle).stream().map(AgendaDtos::kort).toList(), alle.size(), request, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "agendaAanmaken", summary = "Een agenda opstellen (concept)", description = "Beheerders, en de aanspreekpunten, regiocoördinator "
            + "en trekkers van de regio volgens het register op vandaag. Thema's alleen uit de thema's van de regio.")
    @APIResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar de agenda",
            headers = {@Header(name = "Location", description = "De aangemaakte agenda", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "De versie, bijv. \"1\"", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AgendaDto.class)))
    @APIResponse(responseCode = "403", description = "Geen beheerder en geen contactpersoon met een bewerkende rol in deze regio")
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public Response maak(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code,
                         @Valid @NotNull AgendaInvoer.Agenda invoer, @Context UriInfo uriInfo) {
        Agenda agenda = agendas.maak(code, AgendaMapper.opdracht(invoer));
        return Response.created(uriInfo.getBaseUriBuilder().path("agendas").path(agenda.id.toString()).build())
                .header(HttpHeaders.ETAG, Voorwaarde.etag(agenda.versie))
                .entity(AgendaDtos.agenda(agenda, List.of())).build();
    }
}
