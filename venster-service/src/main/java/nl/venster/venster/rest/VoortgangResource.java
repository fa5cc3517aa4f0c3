package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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
import nl.venster.conventions.csv.Csv;
import nl.venster.conventions.csv.Excel;
import nl.venster.conventions.csv.Exportformaat;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.service.VoortgangService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes/{jaar}/voortgang")
@Tag(name = "Voortgang", description = "Wie nog moet antwoorden, voor herinneringen")
public class VoortgangResource {

    static final List<String> CSV_KOPPEN = List.of("regio", "regioNaam", "financier", "beantwoord", "heeftAanspreekpunt", "aanspreekpunten",
            "nietBereikbaar");
    static final List<String> EXCEL_KOPPEN = List.of("Regio", "Regionaam", "Financier", "Beantwoord", "Heeft aanspreekpunt",
            "Aanspreekpunten", "Niet bereikbaar");

    private final VoortgangService voortgang;
    private final ApiConfig api;

    public VoortgangResource(VoortgangService voortgang, ApiConfig api) {
        this.voortgang = voortgang;
        this.api = api;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "voortgangOphalen", summary = "Welke financiers in welke regio's nog niet hebben geantwoord",
            description = "Per regio die tijdens de ronde bestaat: de financiers zonder antwoord en de financiers zonder"
                    + " aanspreekpunt volgens het register. Met Accept: text/csv alle regels die aan de filters voldoen (niet"
                    + " per pagina) als CSV voor mailings (UTF-8 met BOM, ';' als scheidingsteken, CRLF, kopregel); met Accept: "
                    + Excel.MEDIA_TYPE + " dezelfde regels als Excel-werkmap met Nederlandse kolomkoppen.")
    @APIResponse(responseCode = "200", description = "Een pagina regels (JSON) of alle regels (export), op regio en financier",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VoortgangRegelDto.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response voortgang(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                              @Parameter(description = "Alleen deze regio") @QueryParam("regio")
                              @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                              @Parameter(description = "Alleen deze financier") @QueryParam("financier")
                              @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                              @Parameter(description = "true: alleen zonder aanspreekpunt; false: alleen met") @QueryParam("zonderAanspreekpunt")
                              Boolean zonderAanspreekpunt,
                              @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                              @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        List<VoortgangRegelDto> regels = voortgang.regels(jaar, new VoortgangService.Filter(regio,
                financier == null ? null : Financier.of(financier), zonderAanspreekpunt)).stream().map(VoortgangRegelDto::van).toList();
        Exportformaat formaat = Exportformaat.gekozen(headers, List.of(Exportformaat.CSV, Exportformaat.EXCEL));
        if (formaat.isExport()) {
            // Every matching line, streamed as it is written: a mailing must never miss a region.
            List<List<?>> rijen = regels.stream().<List<?>>map(regel -> List.of(regel.regio(), regel.regioNaam(),
                    regel.financier().code(), regel.beantwoord(), regel.heeftAanspreekpunt(),
                    String.join("; ", regel.aanspreekpunten()), String.join("; ", regel.nietBereikbaar()))).toList();
            Response.ResponseBuilder export = formaat == Exportformaat.CSV
                    ? Response.ok(Csv.stream(CSV_KOPPEN, rijen), Csv.MEDIA_TYPE_UTF8)
                    : Response.ok(Excel.stream(List.of(new Excel.Blad("Voortgang " + jaar, EXCEL_KOPPEN, rijen))), Excel.MEDIA_TYPE);
            return export.header(PagedResponse.TOTAL_COUNT, regels.size())
                    .header("Content-Disposition", formaat.bijlage("venster-" + jaar + "-voortgang")).build();
        }
        int tot = Math.min(regels.size(), request.offset() + request.pageSize());
        List<VoortgangRegelDto> pagina = request.offset() >= regels.size() ? List.of() : regels.subList(request.offset(), tot);
        return PagedResponse.ok(pagina, regels.size(), request, uriInfo);
    }
}
