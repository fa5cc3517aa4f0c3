package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Afspraak;
import nl.venster.register.domain.Agenda;
import nl.venster.register.domain.AgendaRegels;
import nl.venster.register.repository.AfspraakRepository.MetTrekker;
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

@Path("/agendas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samenwerkingsagenda")
public class AgendaResource {

    private static final String IF_MATCH = "ETag van de versie die wordt gewijzigd (verplicht)";

    private final AgendaService agendas;
    private final ApiConfig api;

    public AgendaResource(AgendaService agendas, ApiConfig api) {
        this.agendas = agendas;
        this.api = api;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "agendaOphalen", summary = "Eén agenda, volledig", description = "Met per thema de opgave, doelen, knelpunten, "
            + "oplossingsrichtingen en afspraken (met trekker en laatste voortgang).")
    @APIResponse(responseCode = "200", description = "De agenda",
            headers = @Header(name = "ETag", description = "De versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AgendaDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    public Response een(@PathParam("id") UUID id) {
        return antwoord(agendas.agenda(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "agendaWijzigen", summary = "De inhoud van een agenda wijzigen", description = "Titel, looptijd, ambitie, betrokken partijen en "
            + "de inhoud per thema, als geheel. Een afgelopen agenda verandert niet meer (409); een vastgestelde mag niet gaan "
            + "overlappen met een andere vastgestelde agenda van de regio (409).")
    @APIResponse(responseCode = "200", description = "De gewijzigde agenda",
            headers = @Header(name = "ETag", description = "De nieuwe versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AgendaDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    @APIResponse(responseCode = "409", description = "Afgelopen, of overlap met een andere vastgestelde agenda")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public Response wijzig(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull AgendaInvoer.Agenda invoer) {
        return antwoord(agendas.wijzig(id, AgendaMapper.opdracht(invoer), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "agendaVerwijderen", summary = "Een conceptagenda verwijderen", description = "Een vastgestelde of afgelopen agenda blijft bewaard (409).")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    @APIResponse(responseCode = "409", description = "Geen concept")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public void verwijder(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        agendas.verwijder(id, ifMatch);
    }

    @POST
    @Path("/{id}/vaststelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "agendaVaststellen", summary = "Een conceptagenda vaststellen", description = "Wanneer en door wie (bijv. het "
            + "portefeuillehoudersoverleg). Per regio geldt op elke datum hoogstens één vastgestelde agenda (anders 409).")
    @APIResponse(responseCode = "200", description = "De vastgestelde agenda",
            headers = @Header(name = "ETag", description = "De nieuwe versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AgendaDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    @APIResponse(responseCode = "409", description = "Geen concept, of een andere vastgestelde agenda overlapt")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public Response stelVast(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull AgendaInvoer.Vaststelling invoer) {
        return antwoord(agendas.stelVast(id, AgendaMapper.opdracht(invoer), ifMatch));
    }

    @POST
    @Path("/{id}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "agendaBeeindigen", summary = "Een vastgestelde agenda afsluiten (afgelopen)", description = "Vóór het einde van de looptijd "
            + "geldt zij vanaf die datum niet meer, zodat een volgende agenda kan ingaan.")
    @APIResponse(responseCode = "200", description = "De afgelopen agenda",
            headers = @Header(name = "ETag", description = "De nieuwe versie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AgendaDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    @APIResponse(responseCode = "409", description = "Niet vastgesteld")
    @APIResponse(responseCode = "412", description = "If-Match past niet bij de huidige versie")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt")
    public Response beeindig(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull AgendaInvoer.Beeindiging invoer) {
        return antwoord(agendas.beeindig(id, AgendaMapper.opdracht(invoer), ifMatch));
    }

    @GET
    @Path("/{id}/afspraken")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "afsprakenZoeken", summary = "De afspraken van een agenda", description = "Gesorteerd op thema, geplande start en id; filterbaar op "
            + "thema en status.")
    @APIResponse(responseCode = "200", description = "Een pagina afspraken",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AgendaDtos.AfspraakDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    public Response afspraken(@PathParam("id") UUID id,
                              @QueryParam("thema") @jakarta.validation.constraints.Pattern(regexp = nl.venster.register.domain.Themas.PATROON, message = "kleine letters, cijfers en '-'") String thema,
                              @QueryParam("status") @jakarta.validation.constraints.Pattern(regexp = AgendaRegels.AFSPRAAKSTATUS_PATROON, message = "gepland, loopt, afgerond, vertraagd of gestopt") String status,
                              @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                              @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        Agenda agenda = agendas.agenda(id);
        List<AgendaDtos.AfspraakDto> alle = agendas.afspraken(id).stream()
                .filter(m -> thema == null || m.afspraak().thema.equals(thema))
                .filter(m -> status == null || m.afspraak().status.equals(status))
                .map(m -> AgendaDtos.afspraak(m.afspraak(), agenda.regio, m.trekkerNaam())).toList();
        return PagedResponse.ok(request.slice(alle), alle.size(), request, uriInfo);
    }

    @POST
    @Path("/{id}/afspraken")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT})
    @Operation(operationId = "afspraakToevoegen", summary = "Een afspraak toevoegen", description = "Onder een thema van de agenda; de trekker is een "
            + "contactpersoon met een rol in de regio tijdens de geplande periode. Niet bij een afgelopen agenda (409).")
    @APIResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar de afspraak",
            headers = {@Header(name = "Location", description = "De aangemaakte afspraak", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "De versie van de afspraak", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaDtos.AfspraakDto.class)))
    @APIResponse(responseCode = "403", description = "Geen recht om de agenda van deze regio te wijzigen")
    @APIResponse(responseCode = "404", description = "Onbekende agenda")
    @APIResponse(responseCode = "409", description = "De agenda is afgelopen")
    public Response maakAfspraak(@PathParam("id") UUID id, @Valid @NotNull AgendaInvoer.Afspraak invoer, @Context UriInfo uriInfo) {
        Afspraak afspraak = agendas.maakAfspraak(id, AgendaMapper.opdracht(invoer));
        Agenda agenda = agendas.agenda(id);
        return Response.created(uriInfo.getBaseUriBuilder().path("afspraken").path(afspraak.id.toString()).build())
                .header(HttpHeaders.ETAG, Voorwaarde.etag(afspraak.versie))
                .entity(AgendaDtos.afspraak(afspraak, agenda.regio, agendas.naamVan(afspraak.trekker))).build();
    }

    /** The agenda with its afspraken: two queries (the agenda, the afspraken with their trekkers' names). */
    private Response antwoord(Agenda agenda) {
        List<MetTrekker> afspraken = agendas.afspraken(agenda.id);
        return Response.ok(AgendaDtos.agenda(agenda, afspraken)).header(HttpHeaders.ETAG, Voorwaarde.etag(agenda.versie)).build();
    }
}
