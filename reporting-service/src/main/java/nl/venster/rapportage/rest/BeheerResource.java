package nl.venster.rapportage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.venster.conventions.security.Roles;
import nl.venster.rapportage.rest.RapportDtos.HerbouwResultaat;
import nl.venster.rapportage.service.Herbouw;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the read model for the national secretariat. */
@Path("/beheer")
@Tag(name = "Beheer")
public class BeheerResource {

    private final Herbouw herbouw;

    public BeheerResource(Herbouw herbouw) {
        this.herbouw = herbouw;
    }

    @POST
    @Path("/herbouw")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "leesmodelHerbouwen", summary = "Leesmodel opnieuw opbouwen uit de topics",
            description = "Leest alle geconsumeerde topics vanaf het begin tot de stand bij de start en vervangt het leesmodel "
                    + "in één transactie; tot de commit zien lezers het oude model. Later binnenkomende gebeurtenissen verwerkt "
                    + "de gewone consumer daarna. Wordt vastgelegd in de audit.")
    @APIResponse(responseCode = "200", description = "Herbouwd, met de aantallen")
    public HerbouwResultaat herbouw() {
        Map<String, Long> resultaat = herbouw.herbouw();
        return new HerbouwResultaat(resultaat.get("toegepast"), resultaat.get("dubbel"), resultaat.get("verouderd"),
                resultaat.get("ongeldig"), resultaat.get("regioStatussen"), resultaat.get("duurMs"));
    }
}
