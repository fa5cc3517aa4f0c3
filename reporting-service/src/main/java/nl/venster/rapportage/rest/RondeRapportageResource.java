package nl.venster.rapportage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.venster.conventions.csv.Csv;
import nl.venster.conventions.csv.Excel;
import nl.venster.conventions.csv.Exportformaat;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.Escalatie;
import nl.venster.rapportage.domain.RegioStatus;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.rest.RapportDtos.Overzicht;
import nl.venster.rapportage.rest.RapportDtos.RegioDetail;
import nl.venster.rapportage.rest.RapportDtos.RegioRij;
import nl.venster.rapportage.service.Rapport;
import nl.venster.rapportage.service.RapportCache;
import nl.venster.rapportage.service.Rapportages;
import nl.venster.rapportage.web.Etags;
import nl.venster.rapportage.web.RegioCsv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports of one round. Readable with any role; scores follow the sealing rule. */
@Path("/rondes/{jaar}")
@Tag(name = "Rapportage per ronde")
@RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
public class RondeRapportageResource {

    private static final String REGIO_PATROON = Codes.REGIO;
    private static final String CONTENT_DISPOSITION = "Content-Disposition";
    private static final String STATUS_FILTER = "onvolledig, niet-ingevuld, verschil, ontevreden of in-orde";
    private static final String ESCALATIE_FILTER = "geen, regio, vng-zn, vws of afgerond";
    private static final String FINANCIER_FILTER = "Alleen regio's waar deze financier nog niet antwoordde";
    private static final String SORTERING = "regio, naam, status, escalatie of zorgkantoorregio; met - ervoor aflopend";

    private final Rapportages rapportages;
    private final Etags etags;
    private final ApiConfig apiConfig;
    private final RapportCache cache;

    public RondeRapportageResource(Rapportages rapportages, Etags etags, ApiConfig apiConfig, RapportCache cache) {
        this.rapportages = rapportages;
        this.etags = etags;
        this.apiConfig = apiConfig;
        this.cache = cache;
    }

    @GET
    @Path("/overzicht")
    @Produces({MediaType.APPLICATION_JSON, Excel.MEDIA_TYPE})
    @Operation(operationId = "overzichtOphalen", summary = "Landelijk overzicht van een ronde",
            description = "Regio's per status en escalatieniveau, respons per financier, gemiddelde/minimum/maximum per vraag "
                    + "en financier (alleen zichtbare scores), divergente regio's per vraag en de signalen voor VNG/ZN. "
                    + "Met Accept: " + Excel.MEDIA_TYPE + " als Excel-werkmap met een blad per onderdeel "
                    + "(dezelfde als overzichtExporteren).")
    @APIResponse(responseCode = "200", description = "Het overzicht", headers = @Header(name = "ETag"),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
                @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Onbekende ronde")
    public Response overzicht(@PathParam("jaar") int jaar, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                              @Context HttpHeaders headers) {
        if (Exportformaat.gekozen(headers, List.of(Exportformaat.EXCEL)) == Exportformaat.EXCEL) {
            return overzichtWerkmap(jaar, ifNoneMatch);
        }
        Etags.Body body = cache.geef("overzicht/" + jaar, () -> etags.jsonBody(RapportMapper.overzicht(rapportages.overzicht(jaar))));
        return etags.respond(Response.ok(), body, ifNoneMatch);
    }

    /**
     * The overview as a file through an operation of its own, so a generated client gets it from a typed method (the
     * negotiated {@code overzichtOphalen} is typed as JSON there); the same workbook, ETag and file name.
     */
    @GET
    @Path("/exports/overzicht")
    @Produces(Excel.MEDIA_TYPE)
    @Operation(operationId = "overzichtExporteren", summary = "Landelijk overzicht van een ronde als Excel-werkmap",
            description = "Het overzicht van overzichtOphalen als bestand (bijlage venster-{jaar}-overzicht.xlsx): een blad per "
                    + "onderdeel (ronde, per status, per escalatie, respons, scores, verschillen, signalen) met Nederlandse "
                    + "kolomkoppen; getallen, waar/onwaar en datums als echte celtypen, een vastgezette kopregel met filter. "
                    + "Alleen zichtbare scores, zoals in het overzicht.")
    @APIResponse(responseCode = "200", description = "De werkmap", headers = @Header(name = "ETag"),
            content = @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Ongeldig of ontbrekend formaat")
    @APIResponse(responseCode = "404", description = "Onbekende ronde")
    public Response overzichtExport(@PathParam("jaar") int jaar,
                                    @Parameter(description = "Het bestandsformaat: xlsx (Excel-werkmap)", required = true,
                                            schema = @Schema(type = SchemaType.STRING, enumeration = {"xlsx"}))
                                    @QueryParam("formaat") String formaat,
                                    @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        InputValidation validation = new InputValidation();
        formaat(formaat, List.of(Exportformaat.EXCEL), validation);
        validation.throwIfInvalid();
        return overzichtWerkmap(jaar, ifNoneMatch);
    }

    private Response overzichtWerkmap(int jaar, String ifNoneMatch) {
        Etags.Body body = cache.geef("overzicht/" + jaar + "|xlsx", () -> etags.bytesBody(
                Excel.bytes(RapportExports.overzicht(rapportages.ronde(jaar), rapportages.overzicht(jaar))), Excel.MEDIA_TYPE));
        return etags.respond(Response.ok().header(CONTENT_DISPOSITION,
                Exportformaat.EXCEL.bijlage("venster-" + jaar + "-overzicht")), body, ifNoneMatch);
    }

    @GET
    @Path("/regios")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @Operation(operationId = "rondeRegiosZoeken", summary = "Status per regio in een ronde",
            description = "Eén rij per regio met status, escalatieniveau, divergente vragen en de drie scores per vraag waar zichtbaar. "
                    + "Filters: status, escalatie, zorgkantoorregio, financier (wie nog niet antwoordde). "
                    + "Met Accept: text/csv alle rijen die aan de filters voldoen (niet per pagina) als CSV voor geplande exports "
                    + "(UTF-8 met BOM, ';' als scheidingsteken, CRLF, kopregel); met Accept: " + Excel.MEDIA_TYPE
                    + " dezelfde rijen als Excel-werkmap met Nederlandse kolomkoppen. Een export telt hoogstens één rij per regio. "
                    + "Dezelfde bestanden geeft rondeRegiosExporteren, als eigen operatie.")
    @APIResponse(responseCode = "200", description = "Een pagina regio's (JSON) of alle regio's (export); "
            + "X-Total-Count telt alle rijen, Link geeft de pagina's (JSON)",
            headers = {@Header(name = "ETag"), @Header(name = "Link"), @Header(name = "X-Total-Count")},
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegioRij.class)),
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Ongeldig filter, sortering of paginering")
    @APIResponse(responseCode = "404", description = "Onbekende ronde")
    public Response regios(@PathParam("jaar") int jaar,
                           @Parameter(description = STATUS_FILTER) @QueryParam("status") @Size(max = 20) String status,
                           @Parameter(description = ESCALATIE_FILTER) @QueryParam("escalatie") @Size(max = 20) String escalatie,
                           @Parameter(description = "ZKnn") @QueryParam("zorgkantoorregio") @Pattern(regexp = Codes.ZORGKANTOORREGIO) String zorgkantoorregio,
                           @Parameter(description = FINANCIER_FILTER) @QueryParam("financier") @Size(max = 20) String financier,
                           @Parameter(description = SORTERING) @QueryParam("sort") @Size(max = 20) String sort,
                           @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                           @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        Selectie selectie = Selectie.van(status, escalatie, zorgkantoorregio, financier, sort, validation);
        PageRequest pageRequest = PageRequest.of(page, pageSize, apiConfig.paging(), validation);
        validation.throwIfInvalid();

        Exportformaat formaat = Exportformaat.gekozen(headers, List.of(Exportformaat.CSV, Exportformaat.EXCEL));
        if (formaat.isExport()) {
            return regioBestand(jaar, selectie, formaat, ifNoneMatch);
        }
        String sleutel = String.join("|", "regios/" + jaar, selectie.filter().toString(), selectie.sort(),
                pageRequest.offset() + "+" + pageRequest.pageSize(), "json");
        Pagina pagina = cache.geef(sleutel, () -> {
            List<Rapport.RegioRij> alle = rapportages.regios(jaar, selectie.filter(), selectie.volgorde());
            List<Rapport.RegioRij> rijen = alle.subList(Math.min(pageRequest.offset(), alle.size()),
                    Math.min(pageRequest.offset() + pageRequest.pageSize(), alle.size()));
            return new Pagina(alle.size(), etags.jsonBody(RapportMapper.regioRijen(rijen)));
        });
        Response.ResponseBuilder metPaginering = Response.fromResponse(PagedResponse.ok(List.of(), pagina.totaal(), pageRequest, uriInfo));
        return etags.respond(metPaginering, pagina.body(), ifNoneMatch);
    }

    /**
     * The region list as a file through an operation of its own, so a generated client gets it from a typed method
     * (the negotiated {@code rondeRegiosZoeken} is typed as JSON there); the same rows, dialect, ETag and file name.
     */
    @GET
    @Path("/exports/regios")
    @Produces({Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @Operation(operationId = "rondeRegiosExporteren", summary = "Status per regio in een ronde als bestand (CSV of Excel)",
            description = "Alle rijen van rondeRegiosZoeken die aan de filters voldoen, niet per pagina, hoogstens één rij per "
                    + "regio; X-Total-Count telt ze. formaat=csv: CSV voor geplande exports (bijlage venster-{jaar}-regios.csv; "
                    + "UTF-8 met BOM, ';' als scheidingsteken, CRLF, één kopregel met vaste namen, velden tussen \" alleen waar "
                    + "nodig, decimale komma, leeg voor geen waarde). formaat=xlsx: dezelfde rijen als Excel-werkmap met "
                    + "Nederlandse kolomkoppen (bijlage venster-{jaar}-regios.xlsx).")
    @APIResponse(responseCode = "200", description = "Alle regio's die aan de filters voldoen; X-Total-Count telt ze",
            headers = {@Header(name = "ETag"), @Header(name = "X-Total-Count")},
            content = {
                @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Ongeldig of ontbrekend formaat, ongeldig filter of sortering")
    @APIResponse(responseCode = "404", description = "Onbekende ronde")
    public Response regiosExport(@PathParam("jaar") int jaar,
                                 @Parameter(description = "Het bestandsformaat: csv of xlsx (Excel-werkmap)", required = true,
                                         schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}))
                                 @QueryParam("formaat") String formaat,
                                 @Parameter(description = STATUS_FILTER) @QueryParam("status") @Size(max = 20) String status,
                                 @Parameter(description = ESCALATIE_FILTER) @QueryParam("escalatie") @Size(max = 20) String escalatie,
                                 @Parameter(description = "ZKnn") @QueryParam("zorgkantoorregio") @Pattern(regexp = Codes.ZORGKANTOORREGIO) String zorgkantoorregio,
                                 @Parameter(description = FINANCIER_FILTER) @QueryParam("financier") @Size(max = 20) String financier,
                                 @Parameter(description = SORTERING) @QueryParam("sort") @Size(max = 20) String sort,
                                 @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        InputValidation validation = new InputValidation();
        Exportformaat gekozen = formaat(formaat, List.of(Exportformaat.CSV, Exportformaat.EXCEL), validation);
        Selectie selectie = Selectie.van(status, escalatie, zorgkantoorregio, financier, sort, validation);
        validation.throwIfInvalid();
        return regioBestand(jaar, selectie, gekozen, ifNoneMatch);
    }

    /** An export holds every matching row: a job must never get a silently partial file. */
    private Response regioBestand(int jaar, Selectie selectie, Exportformaat formaat, String ifNoneMatch) {
        String sleutel = String.join("|", "regios/" + jaar, selectie.filter().toString(), selectie.sort(), formaat.name());
        Pagina export = cache.geef(sleutel, () -> {
            List<Rapport.RegioRij> alle = rapportages.regios(jaar, selectie.filter(), selectie.volgorde());
            RondeFeit ronde = rapportages.ronde(jaar);
            return new Pagina(alle.size(), formaat == Exportformaat.CSV
                    ? etags.textBody(RegioCsv.regios(ronde, alle), Csv.MEDIA_TYPE_UTF8)
                    : etags.bytesBody(Excel.bytes(List.of(RapportExports.regios(ronde, alle))), Excel.MEDIA_TYPE));
        });
        return etags.respond(Response.ok().header(PagedResponse.TOTAL_COUNT, export.totaal())
                .header(CONTENT_DISPOSITION, formaat.bijlage("venster-" + jaar + "-regios")), export.body(), ifNoneMatch);
    }

    /** The filters and the order of a region list, read once for the JSON pages and the exports. */
    private record Selectie(Rapportages.RegioFilter filter, String sort, Comparator<Rapport.RegioRij> volgorde) {

        static Selectie van(String status, String escalatie, String zorgkantoorregio, String financier, String sort,
                            InputValidation validation) {
            Rapportages.RegioFilter filter = new Rapportages.RegioFilter(
                    keuze(status, "status", RegioStatus::vanCode, validation),
                    keuze(escalatie, "escalatie", Escalatie::vanCode, validation),
                    zorgkantoorregio,
                    keuze(financier, "financier", Financier::vanCode, validation));
            String gekozen = sort == null ? "regio" : sort;
            Comparator<Rapport.RegioRij> volgorde = null;
            try {
                volgorde = Rapportages.Sortering.van(gekozen);
            } catch (RuntimeException e) {
                validation.add("sort", "kies uit " + Rapportages.Sortering.toegestaan());
            }
            return new Selectie(filter, gekozen, volgorde);
        }
    }

    /** One page as sent, with the number of rows over all pages (for the paging headers). */
    private record Pagina(long totaal, Etags.Body body) {
    }

    @GET
    @Path("/regios/{regio}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rondeRegioOphalen", summary = "Eén regio in een ronde",
            description = "De antwoorden (na ontzegeling), verschil per vraag met de reden (gemengd tevreden of de spreiding), "
                    + "status, escalatieniveau en de opvolgingen.")
    @APIResponse(responseCode = "200", description = "De regio", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegioDetail.class)))
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Onbekende ronde, of de regio hoort niet bij de ronde")
    public Response regio(@PathParam("jaar") int jaar,
                          @PathParam("regio") @Pattern(regexp = REGIO_PATROON) String regio,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Etags.Body body = cache.geefVoorRegio(jaar, regio, () -> etags.jsonBody(RapportMapper.regioDetail(rapportages.regio(jaar, regio))));
        return etags.respond(Response.ok(), body, ifNoneMatch);
    }

    /** The required {@code formaat} of an export operation, checked with the other parameters so a 400 names them all. */
    private static Exportformaat formaat(String waarde, List<Exportformaat> aangeboden, InputValidation validation) {
        Optional<Exportformaat> formaat = Exportformaat.vanExtensie(waarde).filter(aangeboden::contains);
        validation.require(formaat.isPresent(), "formaat", waarde == null ? "is verplicht" : "kies uit "
                + String.join(", ", aangeboden.stream().map(Exportformaat::extensie).toList()));
        return formaat.orElse(null);
    }

    private static <T> T keuze(String waarde, String naam, Function<String, Optional<T>> vanCode, InputValidation validation) {
        if (waarde == null) {
            return null;
        }
        Optional<T> keuze = vanCode.apply(waarde);
        validation.require(keuze.isPresent(), naam, "is geen toegestane waarde");
        return keuze.orElse(null);
    }
}
