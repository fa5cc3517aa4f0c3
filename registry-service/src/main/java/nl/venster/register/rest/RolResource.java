package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;
import nl.venster.register.domain.Roltoewijzing;
import nl.venster.register.rest.ContactDtos.RolDto;
import nl.venster.register.rest.ContactDtos.RolInvoer;
import nl.venster.register.service.ContactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/regios/{code}/rollen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rollen", description = "Wie spreekt voor wie: roltoewijzingen per regio en financier")
public class RolResource {

    private final ContactService contactService;
    private final ContactWeergave weergave;
    private final ApiConfig api;

    public RolResource(ContactService contactService, ContactWeergave weergave, ApiConfig api) {
        this.contactService = contactService;
        this.weergave = weergave;
        this.api = api;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "rollenZoeken", summary = "Roltoewijzingen in een regio", description = "Zonder peildatum alle (ook vroegere en toekomstige), "
            + "met peildatum de dan geldige; gesorteerd op financier, rol en vanaf.")
    @APIResponse(responseCode = "200", description = "Een pagina roltoewijzingen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RolDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public Response lijst(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code,
                          @Parameter(description = "jjjj-mm-dd") @QueryParam("peildatum") String peildatum,
                          @QueryParam("financier") @Pattern(regexp = Financier.PATROON, message = "onbekende financier") String financier,
                          @QueryParam("rol") @Pattern(regexp = Rolsoort.PATROON, message = "onbekende rol") String rol,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Verzoek.datum(peildatum, "peildatum", validation);
        validation.throwIfInvalid();
        List<Roltoewijzing> alle = contactService.rollenInRegio(code, datum, financier, rol);
        return PagedResponse.ok(weergave.rolDtos(request.slice(alle)), alle.size(), request, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rolToewijzen", summary = "Een rol toewijzen", description = "Per regio en financier is er op elke datum hoogstens één "
            + "bestuurlijk aanspreekpunt (anders 409); vervangen kan in één verzoek met vervangt.")
    @APIResponse(responseCode = "201", description = "Toegewezen; Location wijst naar de toewijzing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RolDto.class)))
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    @APIResponse(responseCode = "409", description = "Er is in die periode al een bestuurlijk aanspreekpunt")
    public Response wijsToe(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @Valid @NotNull RolInvoer invoer, @Context UriInfo uriInfo) {
        Roltoewijzing toewijzing = contactService.wijsToe(code, ContactMapper.rolgegevens(invoer));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(toewijzing.id.toString()).build())
                .entity(weergave.rolDtos(List.of(toewijzing)).get(0)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "rolOphalen", summary = "Eén roltoewijzing")
    @APIResponse(responseCode = "200", description = "De roltoewijzing")
    @APIResponse(responseCode = "404", description = "Onbekende regio of toewijzing")
    public RolDto een(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @PathParam("id") UUID id) {
        return weergave.rolDtos(List.of(contactService.rol(code, id))).get(0);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rolWijzigen", summary = "Een roltoewijzing wijzigen, bijvoorbeeld beëindigen met tot")
    @APIResponse(responseCode = "200", description = "De gewijzigde roltoewijzing")
    @APIResponse(responseCode = "404", description = "Onbekende regio of toewijzing")
    @APIResponse(responseCode = "409", description = "Er is in die periode al een bestuurlijk aanspreekpunt")
    public RolDto wijzig(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @PathParam("id") UUID id, @Valid @NotNull RolInvoer invoer) {
        return weergave.rolDtos(List.of(contactService.wijzigRol(code, id, ContactMapper.rolgegevens(invoer)))).get(0);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "rolVerwijderen", summary = "Een ten onrechte vastgelegde roltoewijzing verwijderen", description = "Een rol die eindigt, "
            + "krijgt een tot-datum (PUT); verwijderen is voor vergissingen.")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "404", description = "Onbekende regio of toewijzing")
    public void verwijder(@PathParam("code") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String code, @PathParam("id") UUID id) {
        contactService.verwijderRol(code, id);
    }
}
