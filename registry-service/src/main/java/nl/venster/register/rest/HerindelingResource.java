package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.venster.conventions.csv.Csv;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Herindelingsvergelijking.Regel;
import nl.venster.register.rest.HerindelingDtos.GemeenteRegel;
import nl.venster.register.rest.HerindelingDtos.Gemeentelijst;
import nl.venster.register.rest.HerindelingDtos.HerindelingResultaat;
import nl.venster.register.service.HerindelingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/herindelingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herindelingen", description = "De jaarlijkse CBS-gemeentelijst inlezen: nieuwe, beëindigde en hernoemde gemeenten")
public class HerindelingResource {

    private static final String BESCHRIJVING = "Vergelijkt de volledige CBS-gemeentelijst met de gemeenten die op de "
            + "ingangsdatum bestaan. Met dryRun=true alleen het verschil; anders wordt het in één keer doorgevoerd, of "
            + "geweigerd met 409 (en niets gewijzigd) met de nieuwe gemeenten waarvoor een regio gekozen moet worden. "
            + "Voorgangers van een nieuwe gemeente: de opgegeven voorgangers, anders (als zij de enige nieuwe gemeente in haar "
            + "zorgkantoorregio is) alle beëindigde gemeenten van die zorgkantoorregio. Regio: de opgegeven regio, anders de "
            + "gezamenlijke regio van de voorgangers, anders de enige regio van haar zorgkantoorregio.";

    private final HerindelingService herindelingService;

    public HerindelingResource(HerindelingService herindelingService) {
        this.herindelingService = herindelingService;
    }

    @POST
    @Consumes({Csv.MEDIA_TYPE})
    @RolesAllowed(Roles.BEHEERDER)
    // One operation in the contract with two request media types: the operationId, summary and description are
    // given here once; the JSON method below only adds its body.
    @Operation(operationId = "herindelingVerwerken", summary = "Herindeling uit de CBS-gemeentelijst (JSON of CSV)", description = BESCHRIJVING + " CSV met kopregel "
            + "gemeentecode,gemeentenaam,zorgkantoorregio_code en optioneel regio en voorgangers (gescheiden door spaties).")
    @APIResponse(responseCode = "200", description = "Het verschil, en of het is doorgevoerd")
    @APIResponse(responseCode = "409", description = "Nieuwe gemeenten zonder af te leiden regio; het lid gemeenten noemt ze")
    public HerindelingResultaat csv(@Parameter(description = "jjjj-mm-dd, verplicht") @QueryParam("ingangsdatum") String ingangsdatum,
                                    @Parameter(description = "true: alleen het verschil tonen") @QueryParam("dryRun")
                                    @Pattern(regexp = "true|false", message = "true of false") String dryRun, String csv) {
        LocalDate datum = ingangsdatum(ingangsdatum);
        List<Regel> regels = herindelingService.leesCsv(csv);
        return HerindelingResultaat.van(herindelingService.herindel(datum, "true".equals(dryRun), regels));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @APIResponse(responseCode = "200", description = "Het verschil, en of het is doorgevoerd")
    @APIResponse(responseCode = "409", description = "Nieuwe gemeenten zonder af te leiden regio; het lid gemeenten noemt ze")
    public HerindelingResultaat json(@Parameter(description = "jjjj-mm-dd, verplicht") @QueryParam("ingangsdatum") String ingangsdatum,
                                     @Parameter(description = "true: alleen het verschil tonen") @QueryParam("dryRun")
                                    @Pattern(regexp = "true|false", message = "true of false") String dryRun, @Valid @NotNull Gemeentelijst lijst) {
        LocalDate datum = ingangsdatum(ingangsdatum);
        return HerindelingResultaat.van(herindelingService.herindel(datum, "true".equals(dryRun),
                lijst.gemeenten().stream().map(GemeenteRegel::alsRegel).toList()));
    }

    private static LocalDate ingangsdatum(String waarde) {
        InputValidation validation = new InputValidation();
        LocalDate datum = Verzoek.datum(waarde, "ingangsdatum", validation);
        validation.require(datum != null || !validation.isValid(), "ingangsdatum", "verplicht (jjjj-mm-dd)");
        validation.throwIfInvalid();
        return datum;
    }
}
