package nl.venster.register.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.paging.PageRequest;
import nl.venster.conventions.paging.PagedResponse;
import nl.venster.conventions.security.Roles;
import nl.venster.register.domain.Gemeente;
import nl.venster.register.domain.Kalender;
import nl.venster.register.repository.GemeenteRepository;
import nl.venster.register.repository.LidmaatschapRepository;
import nl.venster.register.rest.RegioDtos.LidmaatschapDto;
import nl.venster.register.service.RegioService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/gemeenten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "Gemeenten (CBS-code GMnnnn) met hun regio op een peildatum")
public class GemeenteResource {

    private final GemeenteRepository gemeenten;
    private final LidmaatschapRepository lidmaatschappen;
    private final RegioService regioService;
    private final ApiConfig api;
    private final Clock clock;

    public GemeenteResource(GemeenteRepository gemeenten, LidmaatschapRepository lidmaatschappen, RegioService regioService,
                            ApiConfig api, Clock clock) {
        this.gemeenten = gemeenten;
        this.lidmaatschappen = lidmaatschappen;
        this.regioService = regioService;
        this.api = api;
        this.clock = clock;
    }

    @Schema(name = "Gemeente", description = "Een gemeente en haar regio op de peildatum")
    public record GemeenteDto(@Schema(examples = "GM0344") String code, String naam, String zorgkantoorregio,
                              LocalDate geldigVanaf,
                              @Schema(description = "exclusief; leeg: bestaat nog", nullable = true) LocalDate geldigTot,
                              @Schema(description = "na een samenvoeging: de gemeente waarin zij opging", nullable = true) String opvolger,
                              @Schema(description = "regio op de peildatum; leeg als de gemeente dan niet bestaat", nullable = true) String regio,
                              LocalDate peildatum) {
    }

    @Schema(name = "GemeenteDetail", description = "Een gemeente met al haar lidmaatschappen")
    public record GemeenteDetailDto(String code, String naam, String zorgkantoorregio, LocalDate geldigVanaf,
                                    @Schema(nullable = true) LocalDate geldigTot, @Schema(nullable = true) String opvolger,
                                    @Schema(nullable = true) String regio, LocalDate peildatum,
                                    @Schema(description = "alle lidmaatschappen, ook vroegere en toekomstige")
                                    List<LidmaatschapDto> lidmaatschappen) {
    }

    @GET
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "gemeentenZoeken", summary = "Gemeenten op een peildatum", description = "De gemeenten die op de peildatum (standaard vandaag) "
            + "bestaan, met hun regio op die datum; op code gesorteerd.")
    @APIResponse(responseCode = "200", description = "Een pagina gemeenten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GemeenteDto.class)))
    public Response lijst(@Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum,
                          @QueryParam("regio") @Pattern(regexp = RegioDtos.REGIOCODE, message = "geen geldige regiocode") String regio,
                          @QueryParam("zorgkantoorregio") @Pattern(regexp = RegioDtos.ZORGKANTOORREGIOCODE, message = "ZK gevolgd door twee cijfers") String zorgkantoorregio,
                          @QueryParam("naam") @Size(max = 200) String naam,
                          @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize,
                          @Context UriInfo uriInfo) {
        InputValidation validation = new InputValidation();
        PageRequest request = PageRequest.of(page, pageSize, api.paging(), validation);
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        Map<String, String> regioPerGemeente = regioService.regioPerGemeente(datum);
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        List<GemeenteDto> alle = gemeenten.bestaandOp(datum).stream()
                .filter(g -> zorgkantoorregio == null || g.zorgkantoorregio.equals(zorgkantoorregio))
                .filter(g -> regio == null || regio.equals(regioPerGemeente.get(g.code)))
                .filter(g -> zoek == null || g.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .map(g -> dto(g, regioPerGemeente.get(g.code), datum))
                .toList();
        return PagedResponse.ok(request.slice(alle), alle.size(), request, uriInfo);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.BEHEERDER, Roles.AANSPREEKPUNT, Roles.LEZER})
    @Operation(operationId = "gemeenteOphalen", summary = "Eén gemeente", description = "Ook beëindigde gemeenten; regio op de peildatum (standaard vandaag) "
            + "en alle lidmaatschappen.")
    @APIResponse(responseCode = "200", description = "De gemeente")
    @APIResponse(responseCode = "404", description = "Onbekende gemeentecode")
    public GemeenteDetailDto een(@PathParam("code") @Pattern(regexp = RegioDtos.GEMEENTECODE, message = "GM gevolgd door vier cijfers") String code,
                                 @Parameter(description = "jjjj-mm-dd; standaard vandaag") @QueryParam("peildatum") String peildatum) {
        InputValidation validation = new InputValidation();
        LocalDate datum = Kalender.peildatumOfVandaag(Verzoek.datum(peildatum, "peildatum", validation), clock);
        validation.throwIfInvalid();
        Gemeente gemeente = gemeenten.findByIdOptional(code)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen gemeente met code " + code + "."));
        List<LidmaatschapDto> leden = lidmaatschappen.vanGemeente(code).stream()
                .map(l -> new LidmaatschapDto(l.gemeente, gemeente.naam, l.regio, l.vanaf, l.tot)).toList();
        String regio = lidmaatschappen.vanGemeente(code).stream().filter(l -> l.geldigOp(datum)).map(l -> l.regio)
                .findFirst().orElse(null);
        return new GemeenteDetailDto(gemeente.code, gemeente.naam, gemeente.zorgkantoorregio, gemeente.geldigVanaf,
                gemeente.geldigTot, gemeente.opvolger, regio, datum, leden);
    }

    private static GemeenteDto dto(Gemeente g, String regio, LocalDate peildatum) {
        return new GemeenteDto(g.code, g.naam, g.zorgkantoorregio, g.geldigVanaf, g.geldigTot, g.opvolger, regio, peildatum);
    }
}
