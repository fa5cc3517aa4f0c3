package nl.venster.venster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import nl.venster.conventions.csv.Exportformaat;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.domain.BerichtReden;
import nl.venster.venster.domain.BerichtStatus;
import nl.venster.venster.repository.BerichtRepository;
import nl.venster.venster.service.BerichtenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rondes/{jaar}")
@Tag(name = "Berichten", description = "Uitnodigingen, herinneringen, bevestigingen en ontzegelingsberichten aan aanspreekpunten")
public class BerichtResource {

    static final List<String> CSV_KOPPEN = List.of("id", "regio", "financier", "reden", "aanleiding", "contactpersoon", "ontvanger",
            "ontvangerRol", "kopie", "messageId", "status", "pogingen", "aangemaaktOp", "volgendePoging", "verzondenOp", "laatsteFout");

    private static final String REGIO_FILTER = "Alleen deze regio";
    private static final String FINANCIER_FILTER = "Alleen deze financier";
    private static final String REDEN_FILTER = "Alleen deze reden";
    private static final String REDEN_PATROON = "^(" + BerichtReden.PATROON + ")$";
    private static final String REDEN_MELDING = "moet uitnodiging, herinnering, bevestiging of ontzegeling zijn";
    private static final String STATUS_FILTER = "Alleen deze status";
    private static final String STATUS_PATROON = "^(" + BerichtStatus.PATROON + ")$";
    private static final String STATUS_MELDING = "moet wachtend, verzonden, mislukt, niet-bereikbaar of vervallen zijn";

    private final BerichtenService berichten;
    private final ApiConfig api;

    public BerichtResource(BerichtenService berichten, ApiConfig api) {
        this.berichten = berichten;
        this.api = api;
    }

    @GET
    @Path("/berichten")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "berichtenZoeken", summary = "Alle berichten van een ronde",
            description = "Aan wie, waarom, wanneer klaargezet en verzonden, de bezorgstatus en de laatste fout; op volgorde van"
                    + " aanmaken. Met Accept: text/csv dezelfde regels als CSV (alle pagina's), zoals berichtenExporteren.")
    @APIResponse(responseCode = "200", description = "Een pagina berichten",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BerichtDto.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Er is geen ronde voor dit jaar")
    public Response lijst(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                          @Parameter(description = REGIO_FILTER) @QueryParam("regio")
                          @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                          @Parameter(description = FINANCIER_FILTER) @QueryParam("financier")
                          @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                          @Parameter(description = REDEN_FILTER) @QueryParam("reden")
                          @Pattern(regexp = REDEN_PATROON, message = REDEN_MELDING) String reden,
                          @Parameter(description = STATUS_FILTER) @QueryParam("status")
                          @Pattern(regexp = STATUS_PATROON, message = STATUS_MELDING) String status,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        validation.throwIfInvalid();
        BerichtRepository.Filter filter = filter(regio, financier, reden, status);
        if (Exportformaat.gekozen(headers, List.of(Exportformaat.CSV)) == Exportformaat.CSV) {
            return export(jaar, filter);
        }
        List<BerichtDto> pagina = berichten.lijst(jaar, filter, request.offset(), request.pageSize()).stream().map(BerichtDto::van).toList();
        return PagedResponse.ok(pagina, berichten.aantal(jaar, filter), request, uriInfo);
    }

    /**
     * The messages as a CSV file through an operation of their own, so a generated client gets it from a typed method
     * (the negotiated {@code berichtenZoeken} is typed as JSON there); the same lines, dialect and file name.
     */
    @GET
    @Path("/exports/berichten")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "berichtenExporteren", summary = "Alle berichten van een ronde als CSV-bestand",
            description = "Alle berichten van berichtenZoeken die aan de filters voldoen, niet per pagina, op volgorde van"
                    + " aanmaken; X-Total-Count telt ze. formaat=csv: bijlage venster-{jaar}-berichten.csv (UTF-8 met BOM, ';' als"
                    + " scheidingsteken, CRLF, één kopregel met vaste namen, velden tussen \" alleen waar nodig, tijdstippen"
                    + " in ISO 8601, leeg voor geen waarde).")
    @APIResponse(responseCode = "200", description = "Alle berichten die aan de filters voldoen",
            headers = @Header(name = PagedResponse.TOTAL_COUNT),
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Ongeldig of ontbrekend formaat, of een ongeldig filter")
    @APIResponse(responseCode = "404", description = "Er is geen ronde voor dit jaar")
    public Response exporteren(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                               @Parameter(description = "Het bestandsformaat: csv", required = true,
                                       schema = @Schema(type = SchemaType.STRING, enumeration = {"csv"}))
                               @QueryParam("formaat") @NotNull(message = Paden.FORMAAT_VERPLICHT)
                               @Pattern(regexp = "^csv$", message = "moet csv zijn") String formaat,
                               @Parameter(description = REGIO_FILTER) @QueryParam("regio")
                               @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                               @Parameter(description = FINANCIER_FILTER) @QueryParam("financier")
                               @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING) String financier,
                               @Parameter(description = REDEN_FILTER) @QueryParam("reden")
                               @Pattern(regexp = REDEN_PATROON, message = REDEN_MELDING) String reden,
                               @Parameter(description = STATUS_FILTER) @QueryParam("status")
                               @Pattern(regexp = STATUS_PATROON, message = STATUS_MELDING) String status) {
        return export(jaar, filter(regio, financier, reden, status));
    }

    private static BerichtRepository.Filter filter(String regio, String financier, String reden, String status) {
        return new BerichtRepository.Filter(regio, financier,
                reden == null ? null : BerichtReden.vanCode(reden).orElseThrow(),
                status == null ? null : BerichtStatus.vanCode(status).orElseThrow());
    }

    /** Every matching message, streamed as it is written. */
    private Response export(int jaar, BerichtRepository.Filter filter) {
        List<List<?>> rijen = berichten.alle(jaar, filter).stream().map(BerichtDto::van).<List<?>>map(b -> java.util.Arrays.asList(
                b.id(), b.regio(), b.financier(), b.reden(), b.aanleiding(), b.contactpersoon(), b.ontvanger(), b.ontvangerRol(),
                b.kopie(), b.messageId(), b.status(), b.pogingen(), b.aangemaaktOp(), b.volgendePoging(), b.verzondenOp(),
                b.laatsteFout())).toList();
        return Response.ok(Csv.stream(CSV_KOPPEN, rijen), Csv.MEDIA_TYPE_UTF8)
                .header(PagedResponse.TOTAL_COUNT, rijen.size())
                .header("Content-Disposition", Exportformaat.CSV.bijlage("venster-" + jaar + "-berichten")).build();
    }

    @POST
    @Path("/regios/{regio}/herinneringen/{financier}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "herinneringOpnieuwSturen", summary = "Een herinnering opnieuw sturen aan één financier in één regio",
            description = "Aan de aanspreekpunten die het register nu kent (bestuurlijk, ambtelijk in kopie), bijvoorbeeld na een"
                    + " nieuw aanspreekpunt of een gecorrigeerd e-mailadres. Alleen zolang de ronde open is en de financier nog"
                    + " niet heeft geantwoord.")
    @APIResponse(responseCode = "202", description = "De klaargezette berichten; de relay verstuurt ze",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BerichtDto.class)))
    @APIResponse(responseCode = "404", description = "Geen ronde voor dit jaar, of de regio hoort niet bij de ronde")
    @APIResponse(responseCode = "409", description = "De ronde is niet open, de financier heeft al geantwoord of heeft geen aanspreekpunt")
    public Response herinnering(@PathParam("jaar") @Min(Paden.EERSTE_JAAR) @Max(Paden.LAATSTE_JAAR) int jaar,
                                @PathParam("regio") @Pattern(regexp = Paden.REGIO, message = Paden.REGIO_MELDING) String regio,
                                @PathParam("financier") @Pattern(regexp = Paden.FINANCIER_PATROON, message = Paden.FINANCIER_MELDING)
                                String financier) {
        List<BerichtDto> nieuw = berichten.herinneringOpnieuw(jaar, regio, Financier.of(financier)).stream().map(BerichtDto::van).toList();
        return Response.accepted(nieuw).type(MediaType.APPLICATION_JSON).build();
    }
}
