package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Contactpersoon;
import nl.venster.register.domain.Kalender;
import nl.venster.register.rest.ContactDtos.ContactpersoonDto;
import nl.venster.register.rest.ContactDtos.ContactpersoonInvoer;
import nl.venster.register.service.ContactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/contactpersonen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contactpersonen", description = "Mensen met rollen in regio's; e-mail en telefoon alleen voor beheerders en "
        + "contactpersonen van dezelfde regio")
public class ContactpersoonResource {

    private final ContactService contactService;
    private final ContactWeergave weergave;
    private final ApiConfig api;
    private final Clock clock;

    public ContactpersoonResource(ContactService contactService, ContactWeergave weergave, ApiConfig api, Clock clock) {
        this.contactService = contactService;
        this.weergave = weergave;
        this.api = api;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "contactpersonenZoeken", summary = "Contactpersonen", description = "Gesorteerd op naam; met regio alleen wie daar op de peildatum "
            + "(standaard vandaag) een rol heeft.")
    @APIResponse(responseCode = "200", description = "Een pagina contactpersonen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ContactpersoonDto.class)))
    public Response lijst(@QueryParam("naam") @Size(max = 200) String naam,
                          @QueryParam("regio") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String regio,
                          @Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        List<Contactpersoon> alle = contactService.contactpersonen(naam, regio, datum);
        List<ContactpersoonDto> pagina = request.slice(alle).stream().map(weergave::dto).toList();
        return PagedResponse.ok(pagina, alle.size(), request, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "contactpersoonAanmaken", summary = "Een contactpersoon vastleggen")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de contactpersoon",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactpersoonDto.class)))
    @APIResponse(responseCode = "409", description = "Er is al een contactpersoon met dit subject")
    public Response maak(@Valid @NotNull ContactpersoonInvoer invoer, @Context UriInfo uriInfo) {
        Contactpersoon persoon = contactService.maak(ContactMapper.contactgegevens(invoer));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(persoon.id.toString()).build())
                .entity(weergave.dto(persoon)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "contactpersoonOphalen", summary = "Eén contactpersoon met al zijn roltoewijzingen")
    @APIResponse(responseCode = "200", description = "De contactpersoon")
    @APIResponse(responseCode = "404", description = "Onbekend id")
    public ContactpersoonDto een(@PathParam("id") UUID id) {
        return weergave.dto(contactService.contactpersoon(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "contactpersoonWijzigen", summary = "Een contactpersoon wijzigen")
    @APIResponse(responseCode = "200", description = "De gewijzigde contactpersoon")
    @APIResponse(responseCode = "404", description = "Onbekend id")
    @APIResponse(responseCode = "409", description = "Er is al een andere contactpersoon met dit subject")
    public ContactpersoonDto wijzig(@PathParam("id") UUID id, @Valid @NotNull ContactpersoonInvoer invoer) {
        return weergave.dto(contactService.wijzig(id, ContactMapper.contactgegevens(invoer)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "contactpersoonVerwijderen", summary = "Een contactpersoon verwijderen: mensen vertrekken, de historie blijft",
            description = "Wie een rol heeft gehad (een roltoewijzing die vóór vandaag begon) blijft bewaard met naam, subject "
                    + "en historie: lopende rollen eindigen vandaag, toekomstige vervallen, e-mail en telefoon worden gewist en "
                    + "vertrokkenOp wordt gezet. Alleen een contactpersoon zonder historie verdwijnt helemaal.")
    @APIResponse(responseCode = "204", description = "Verwijderd, of vertrokken met behoud van de historie")
    @APIResponse(responseCode = "404", description = "Onbekend id")
    public void verwijder(@PathParam("id") UUID id) {
        contactService.verwijder(id);
    }
}
