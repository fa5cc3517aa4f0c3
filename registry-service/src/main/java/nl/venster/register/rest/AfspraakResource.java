package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.UUID;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Afspraak;
import nl.venster.register.domain.Voortgang;
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

@Path("/afspraken")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samenwerkingsagenda")
public class AfspraakResource {

    private static final String IF_MATCH = "ETag van de afspraak (verplicht)";

    private final AgendaService agendas;
    private final ApiConfig api;

    public AfspraakResource(AgendaService agendas, ApiConfig api) {
        this.agendas = agendas;
        this.api = api;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "afspraakOphalen", summary = "Eén afspraak")
    @APIResponse(responseCode = "200", description = "De afspraak",
            headers = @Header(name = "ETag", description = "De versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AfspraakDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende afspraak")
    public Response een(@PathParam("id") UUID id) {
        return antwoord(agendas.afspraak(id), Response.ok());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "afspraakWijzigen", summary = "Een afspraak wijzigen", description = "Ook de status; zonder status blijft die ongewijzigd. "
            + "Niet bij een afgelopen agenda (409).")
    @APIResponse(responseCode = "200", description = "De gewijzigde afspraak",
            headers = @Header(name = "ETag", description = "De nieuwe versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AfspraakDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende afspraak")
    @APIResponse(responseCode = "409", description = "De agenda is afgelopen")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public Response wijzig(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull AgendaInvoer.Afspraak invoer) {
        return antwoord(agendas.wijzigAfspraak(id, AgendaMapper.opdracht(invoer), ifMatch), Response.ok());
    }

    @GET
    @Path("/{id}/voortgang")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "afspraakvoortgangZoeken", summary = "Het voortgangslogboek van een afspraak", description = "Oudste melding eerst.")
    @APIResponse(responseCode = "200", description = "Een pagina voortgangsmeldingen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaDtos.VoortgangDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende afspraak")
    public Response voortgang(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                              @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        Afspraak afspraak = agendas.afspraak(id);
        return PagedResponse.ok(agendas.voortgang(id, request.offset(), request.pageSize()).stream().map(AgendaDtos::voortgang).toList(),
                afspraak.voortgangAantal, request, uriInfo);
    }

    @POST
    @Path("/{id}/voortgang")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "afspraakvoortgangMelden", summary = "Voortgang melden", description = "Voegt een gedateerde melding toe aan het logboek (dat nooit "
            + "verandert); met status krijgt de afspraak die status. If-Match met de ETag van de afspraak.")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het logboek",
            headers = {@Header(name = "Location", description = "Het voortgangslogboek van de afspraak", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "De nieuwe versie van de afspraak", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.VoortgangDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende afspraak")
    @APIResponse(responseCode = "409", description = "De agenda is afgelopen")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public Response meldVoortgang(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull AgendaInvoer.Voortgang invoer, @Context UriInfo uriInfo) {
        Voortgang melding = agendas.voegVoortgangToe(id, AgendaMapper.opdracht(invoer), ifMatch);
        Afspraak afspraak = agendas.afspraak(id);
        return Response.created(uriInfo.getAbsolutePath())
                .header(HttpHeaders.ETAG, Voorwaarde.etag(afspraak.versie))
                .entity(AgendaDtos.voortgang(melding)).build();
    }

    private Response antwoord(Afspraak afspraak, Response.ResponseBuilder builder) {
        String regio = agendas.agenda(afspraak.agenda).regio;
        return builder.entity(AgendaDtos.afspraak(afspraak, regio, agendas.naamVan(afspraak.trekker)))
                .header(HttpHeaders.ETAG, Voorwaarde.etag(afspraak.versie)).build();
    }
}
