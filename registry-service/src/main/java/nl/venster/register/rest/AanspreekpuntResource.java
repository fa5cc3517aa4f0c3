package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.register.domain.Kalender;
import nl.venster.register.rest.ContactDtos.OntbrekendAanspreekpunt;
import nl.venster.register.service.ContactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/ontbrekende-aanspreekpunten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rollen")
public class AanspreekpuntResource {

    private final ContactService contactService;
    private final ApiConfig api;
    private final Clock clock;

    public AanspreekpuntResource(ContactService contactService, ApiConfig api, Clock clock) {
        this.contactService = contactService;
        this.api = api;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "ontbrekendeAanspreekpuntenZoeken", summary = "Regio's en financiers zonder bestuurlijk aanspreekpunt", description = "Op de peildatum (standaard "
            + "vandaag), voor de dan bestaande regio's; gesorteerd op regio en financier.")
    @APIResponse(responseCode = "200", description = "Een pagina ontbrekende aanspreekpunten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OntbrekendAanspreekpunt.class)))
    public Response ontbrekend(@Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum,
                               @QueryParam("zorgkantoorregio") @Pattern(regexp = RegioDtos.ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers")
                               String zorgkantoorregio,
                               @QueryParam("financier") @Pattern(regexp = Financier.PATROON, message = "onbekende financier") String financier,
                               @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                               @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        List<OntbrekendAanspreekpunt> alle = contactService.ontbrekendeAanspreekpunten(datum, zorgkantoorregio, financier).stream()
                .map(ContactMapper::ontbrekendAanspreekpunt).toList();
        return PagedResponse.ok(request.slice(alle), alle.size(), request, uriInfo);
    }
}
