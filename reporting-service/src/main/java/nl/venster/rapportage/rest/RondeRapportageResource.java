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
                    + "Met Accept: " + Excel.MEDIA_TYPE + " als Excel-werkmap met een blad per onderdeel.")
    @APIResponse(responseCode = "200", description = "Het overzicht", headers = @Header(name = "ETag"),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overzicht.class)),
                @Content(mediaType = Excel.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Onbekende ronde")
    public Response overzicht(@PathParam("jaar") int jaar, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                              @Context HttpHeaders headers) {
        if (Exportformaat.gekozen(headers, List.of(Exportformaat.EXCEL)) == Exportformaat.EXCEL) {
            Etags.Body body = cache.geef("overzicht/" + jaar + "|xlsx", () -> etags.bytesBody(
                    Excel.bytes(RapportExports.overzicht(rapportages.ronde(jaar), rapportages.overzicht(jaar))), Excel.MEDIA_TYPE));
            return etags.respond(Response.ok().header(CONTENT_DISPOSITION,
                    Exportformaat.EXCEL.bijlage("venster-" + jaar + "-overzicht")), body, ifNoneMatch);
        }
        Etags.Body body = cache.geef("overzicht/" + jaar, () -> etags.jsonBody(RapportMapper.overzicht(rapportages.overzicht(jaar))));
        return etags.respond(Response.ok(), body, ifNoneMatch);
    }

    @GET
    @Path("/regios")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Excel.MEDIA_TYPE})
    @Operation(operationId = "rondeRegiosZoeken", summary = "Status per regio in een ronde",
            description = "Eén rij per regio met status, escalatieniveau, divergente vragen en de drie scores per vraag waar zichtbaar. "
                    + "Filters: status, escalatie, zorgkantoorregio, financier (wie nog niet antwoordde). "
                    + "Met Accept: text/csv alle rijen die aan de filters voldoen (niet per pagina) als CSV voor geplande exports "
                    + "(UTF-8 met BOM, ';' als scheidingsteken, CRLF, kopregel); met Accept: " + Excel.MEDIA_TYPE
                    + " dezelfde rijen als Excel-werkmap met Nederlandse kolomkoppen. Een export telt hoogstens één rij per regio.")
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
                           @Parameter(description = "onvolledig, niet-ingevuld, verschil, ontevreden of in-orde")
                           @QueryParam("status") @Size(max = 20) String status,
                           @Parameter(description = "geen, regio, vng-zn, vws of afgerond")
                           @QueryParam("escalatie") @Size(max = 20) String escalatie,
                           @Parameter(description = "ZKnn") @QueryParam("zorgkantoorregio") @Pattern(regexp = Codes.ZORGKANTOORREGIO) String zorgkantoorregio,
                           @Parameter(description = "Alleen regio's waar deze financier nog niet antwoordde")
                           @QueryParam("financier") @Size(max = 20) String financier,
                           @Parameter(description = "regio, naam, status, escalatie of zorgkantoorregio; met - ervoor aflopend")
                           @QueryParam("sort") @Size(max = 20) String sort,
                           @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                           @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        Rapportages.RegioFilter filter = new Rapportages.RegioFilter(
                keuze(status, "status", RegioStatus::vanCode, validation),
                keuze(escalatie, "escalatie", Escalatie::vanCode, validation),
                zorgkantoorregio,
                keuze(financier, "financier", Financier::vanCode, validation));
        Comparator<Rapport.RegioRij> volgorde = null;
        try {
            volgorde = Rapportages.Sortering.van(sort == null ? "regio" : sort);
        } catch (RuntimeException e) {
            validation.add("sort", "kies uit " + Rapportages.Sortering.toegestaan());
        }
        PageRequest pageRequest = PageRequest.of(page, pageSize, apiConfig.paging(), validation);
        validation.throwIfInvalid();

        Exportformaat formaat = Exportformaat.gekozen(headers, List.of(Exportformaat.CSV, Exportformaat.EXCEL));
        Comparator<Rapport.RegioRij> gekozenVolgorde = volgorde;
        if (formaat.isExport()) {
            // An export holds every matching row: a job must never get a silently partial file.
            String sleutel = String.join("|", "regios/" + jaar, filter.toString(), sort == null ? "regio" : sort, formaat.name());
            Pagina export = cache.geef(sleutel, () -> {
                List<Rapport.RegioRij> alle = rapportages.regios(jaar, filter, gekozenVolgorde);
                RondeFeit ronde = rapportages.ronde(jaar);
                return new Pagina(alle.size(), formaat == Exportformaat.CSV
                        ? etags.textBody(RegioCsv.regios(ronde, alle), Csv.MEDIA_TYPE_UTF8)
                        : etags.bytesBody(Excel.bytes(List.of(RapportExports.regios(ronde, alle))), Excel.MEDIA_TYPE));
            });
            return etags.respond(Response.ok().header(PagedResponse.TOTAL_COUNT, export.totaal())
                    .header(CONTENT_DISPOSITION, formaat.bijlage("venster-" + jaar + "-regios")), export.body(), ifNoneMatch);
        }
        String sleutel = String.join("|", "regios/" + jaar, filter.toString(), sort == null ? "regio" : sort,
                pageRequest.offset() + "+" + pageRequest.pageSize(), "json");
        Pagina pagina = cache.geef(sleutel, () -> {
            List<Rapport.RegioRij> alle = rapportages.regios(jaar, filter, gekozenVolgorde);
            List<Rapport.RegioRij> rijen = alle.subList(Math.min(pageRequest.offset(), alle.size()),
                    Math.min(pageRequest.offset() + pageRequest.pageSize(), alle.size()));
            return new Pagina(alle.size(), etags.jsonBody(RapportMapper.regioRijen(rijen)));
        });
        Response.ResponseBuilder metPaginering = Response.fromResponse(PagedResponse.ok(List.of(), pagina.totaal(), pageRequest, uriInfo));
        return etags.respond(metPaginering, pagina.body(), ifNoneMatch);
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

    private static <T> T keuze(String waarde, String naam, Function<String, Optional<T>> vanCode, InputValidation validation) {
        if (waarde == null) {
            return null;
        }
        Optional<T> keuze = vanCode.apply(waarde);
        validation.require(keuze.isPresent(), naam, "is geen toegestane waarde");
        return keuze.orElse(null);
    }
}
