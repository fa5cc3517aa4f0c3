package nl.venster.rapportage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.rapportage.rest.RapportDtos.Historie;
import nl.venster.rapportage.service.Rapportages;
import nl.venster.rapportage.web.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region across the rounds, for trend lines. */
@Path("/regios/{regio}/historie")
@Tag(name = "Rapportage per regio")
public class RegioHistorieResource {

    private final Rapportages rapportages;
    private final Etags etags;

    public RegioHistorieResource(Rapportages rapportages, Etags etags) {
        this.rapportages = rapportages;
        this.etags = etags;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "regiohistorieOphalen", summary = "Historie van een regio",
            description = "Per ronde (oudste eerst) de status, het escalatieniveau, het signaal en de scores waar zichtbaar.")
    @APIResponse(responseCode = "200", description = "De historie", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Historie.class)))
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Onbekende regio")
    public Response historie(@PathParam("regio") @Pattern(regexp = Codes.REGIO) String regio,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return etags.json(RapportMapper.historie(rapportages.historie(regio)), ifNoneMatch);
    }
}
