package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes/{jaar}")
@Tag(name = "Voortgang", description = "Wie nog moet antwoorden, voor herinneringen")
public class VoortgangResource {

    static final List<String> CSV_KOPPEN = List.of("regio", "regioNaam", "financier", "beantwoord", "heeftAanspreekpunt", "aanspreekpunten",
            "nietBereikbaar");
    static final List<String> EXCEL_KOPPEN = List.of("Regio", "Regionaam", "Financier", "Beantwoord", "Heeft aanspreekpunt",
            "Aanspreekpunten", "Niet bereikbaar");
    private static final String REGIO_FILTER = "Alleen deze regio";
    private static final String FINANCIER_FILTER = "Alleen deze financier";
    private static final String AANSPREEKPUNT_FILTER = "true: alleen zonder aanspreekpunt; false: alleen met";

    private final VoortgangService voortgang;
    private final ApiConfig api;

    public VoortgangResource(VoortgangService voortgang, ApiConfig api) {
        this.voortgang = voortgang;
        this.api = api;
    }

    @GET
    @Path("/voortgang")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "voortgangOphalen", summary = "Welke financiers in welke regio's nog niet hebben geantwoord",
            description = "Per regio die tijdens de ronde bestaat: de financiers zonder antwoord en de financiers zonder"
                    + " aanspreekpunt volgens het register. Met Accept: text/csv alle regels die aan de filters voldoen (niet"
                    + " per pagina) als CSV voor mailings (UTF-8 met BOM, ';' als scheidingsteken, CRLF, kopregel); met Accept: "
                    + Excel.MEDIA_TYPE + " dezelfde regels als Excel-werkmap met Nederlandse kolomkoppen. Dezelfde bestanden"
                    + " geeft voortgangExporteren, als eigen operatie.")
    @APIResponse(responseCode = "200", description = "Een pagina regels (JSON) of alle regels (export), op regio en financier",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VoortgangRegelDto.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response voortgang(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                              @Parameter(description = REGIO_FILTER) @QueryParam("regio")
                              @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                              @Parameter(description = FINANCIER_FILTER) @QueryParam("financier")
                              @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                              @Parameter(description = AANSPREEKPUNT_FILTER) @QueryParam("zonderAanspreekpunt")
                              Boolean zonderAanspreekpunt,
                              @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                              @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        List<VoortgangRegelDto> regels = regels(jaar, regio, financier, zonderAanspreekpunt);
        Exportformaat formaat = Exportformaat.gekozen(headers, List.of(Exportformaat.CSV, Exportformaat.EXCEL));
        if (formaat.isExport()) {
            return export(jaar, regels, formaat);
        }
        int tot = Math.min(regels.size(), request.offset() + request.pageSize());
        List<VoortgangRegelDto> pagina = request.offset() >= regels.size() ? List.of() : regels.subList(request.offset(), tot);
        return PagedResponse.ok(pagina, regels.size(), request, uriInfo);
    }

    /**
     * The voortgang as a file through an operation of its own, so a generated client gets it from a typed method (the
     * negotiated {@code voortgangOphalen} is typed as JSON there); the same lines, dialect and file name.
     */
    @GET
    @Path("/exports/voortgang")
    @Produces({Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "voortgangExporteren", summary = "Welke financiers nog niet hebben geantwoord, als bestand (CSV of Excel)",
            description = "Alle regels van voortgangOphalen die aan de filters voldoen, niet per pagina; X-Total-Count telt ze."
                    + " formaat=csv: CSV voor mailings (bijlage venster-{jaar}-voortgang.csv; UTF-8 met BOM, ';' als"
                    + " scheidingsteken, CRLF, één kopregel met vaste namen, velden tussen \" alleen waar nodig, namen in een"
                    + " veld gescheiden door '; '). formaat=xlsx: dezelfde regels als Excel-werkmap met Nederlandse kolomkoppen"
                    + " (bijlage venster-{jaar}-voortgang.xlsx).")
    @APIResponse(responseCode = "200", description = "Alle regels die aan de filters voldoen, op regio en financier",
            headers = @Header(name = PagedResponse.TOTAL_COUNT),
            content = {@Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Ongeldig of ontbrekend formaat, of een ongeldig filter")
    public Response voortgangExport(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                                    @Parameter(description = "Het bestandsformaat: csv of xlsx (Excel-werkmap)", required = true,
                                            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
                                    @QueryParam("formaat") @NotNull(message = Paden.FORMAAT_VERPLICHT)
                                    @Pattern(regexp = "^(csv|xlsx)$", message = "moet csv of xlsx zijn") String formaat,
                                    @Parameter(description = REGIO_FILTER) @QueryParam("regio")
                                    @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                                    @Parameter(description = FINANCIER_FILTER) @QueryParam("financier")
                                    @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                                    @Parameter(description = AANSPREEKPUNT_FILTER) @QueryParam("zonderAanspreekpunt")
                                    Boolean zonderAanspreekpunt) {
        return export(jaar, regels(jaar, regio, financier, zonderAanspreekpunt), Exportformaat.vanExtensie(formaat).orElseThrow());
    }

    private List<VoortgangRegelDto> regels(int jaar, String regio, String financier, Boolean zonderAanspreekpunt) {
        return voortgang.regels(jaar, new VoortgangService.Filter(regio, financier == null ? null : Financier.of(financier),
                zonderAanspreekpunt)).stream().map(VoortgangRegelDto::van).toList();
    }

    /** Every matching line, streamed as it is written: a mailing must never miss a region. */
    private static Response export(int jaar, List<VoortgangRegelDto> regels, Exportformaat formaat) {
        List<List<?>> rijen = regels.stream().<List<?>>map(regel -> List.of(regel.regio(), regel.regioNaam(),
                regel.financier().code(), regel.beantwoord(), regel.heeftAanspreekpunt(),
                String.join("; ", regel.aanspreekpunten()), String.join("; ", regel.nietBereikbaar()))).toList();
        Response.ResponseBuilder export = formaat == Exportformaat.CSV
                ? Response.ok(Csv.stream(CSV_KOPPEN, rijen), Csv.MEDIA_TYPE_UTF8)
                : Response.ok(Excel.stream(List.of(new Excel.Blad("Voortgang " + jaar, EXCEL_KOPPEN, rijen))), Excel.MEDIA_TYPE);
        return export.header(PagedResponse.TOTAL_COUNT, regels.size())
                .header("Content-Disposition", formaat.bijlage("venster-" + jaar + "-voortgang")).build();
    }
}
