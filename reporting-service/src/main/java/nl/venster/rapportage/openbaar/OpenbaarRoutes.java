package nl.venster.rapportage.openbaar;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.venster.conventions.csv.Csv;
import nl.venster.conventions.http.HttpConventionsRoutes;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.rapportage.service.RapportCache;
import nl.venster.rapportage.web.Etags;
import nl.venster.rapportage.web.RegioCsv;
import org.jboss.logging.Logger;

/**
 * The public pages under {@code /openbaar} on the reporting-service's port: Vert.x routes next to the JSON API (whose
 * JAX-RS resources live under {@code quarkus.rest.path}), so the API's token checks, problem+json bodies and JSON
 * conventions do not apply to them; the conventions' security headers do, with a strict Content-Security-Policy of
 * their own and public caching for published pages. A page is rendered once per version of the read model (any change,
 * such as a withdrawal, makes it render again) and served with a strong ETag.
 */
@ApplicationScoped
public class OpenbaarRoutes {

    private static final Logger LOG = Logger.getLogger(OpenbaarRoutes.class);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    /** Published pages change rarely; a short lifetime keeps a withdrawal visible within minutes in shared caches too. */
    static final String PUBLIEK = "public, max-age=300";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final String CSS = "text/css; charset=UTF-8";
    private static final Pattern RONDE = Pattern.compile("^([0-9]{4,10})(\\.csv|\\.json)?$");
    private static final Pattern REGIO = Pattern.compile(Codes.REGIO);

    private final OpenbaarVenster venster;
    private final RapportCache cache;
    private final Etags etags;
    private final Etags.Body stijl;

    public OpenbaarRoutes(OpenbaarVenster venster, RapportCache cache, Etags etags) {
        this.venster = venster;
        this.cache = cache;
        this.etags = etags;
        this.stijl = etags.textBody(bron("openbaar/stijl.css"), CSS);
    }

    void install(@Observes Router router) {
        router.get(Paden.BASIS).blockingHandler(ctx -> beantwoord(ctx, this::landelijk), false);
        router.get(Paden.BASIS + "/stijl.css").handler(ctx -> stuur(ctx, stijl, PUBLIEK));
        router.get(Paden.BASIS + "/rondes/:jaar").blockingHandler(this::ronde, false);
        router.get(Paden.BASIS + "/rondes/:jaar/regios/:regio").blockingHandler(this::regio, false);
        router.get(Paden.BASIS + "/*").handler(ctx -> nietGevonden(ctx, "Deze pagina bestaat niet."));
    }

    /** The latest published round, or a page that says there is none yet. */
    private Etags.Body landelijk() {
        return cache.geef("openbaar/laatste", () -> {
            Optional<Integer> laatste = venster.laatste();
            return laatste.isPresent() ? html(Paginas.Templates.ronde(venster.rondePagina(laatste.get())))
                    : html(Paginas.Templates.leeg(venster.rondeLinks(null)));
        });
    }

    private void ronde(RoutingContext ctx) {
        Matcher m = RONDE.matcher(ctx.pathParam("jaar"));
        if (!m.matches()) {
            nietGevonden(ctx, "Deze pagina bestaat niet.");
            return;
        }
        int jaar;
        try {
            jaar = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            nietGevonden(ctx, "Deze pagina bestaat niet.");
            return;
        }
        String soort = m.group(2) == null ? "" : m.group(2);
        beantwoord(ctx, () -> cache.geef("openbaar/ronde/" + jaar + soort, () -> switch (soort) {
            case ".json" -> etags.jsonBody(venster.openData(jaar));
            case ".csv" -> {
                OpenbaarVenster.OpenData data = venster.openData(jaar);
                yield etags.textBody(RegioCsv.regios(data.ronde(), data.regios()), Csv.MEDIA_TYPE_UTF8);
            }
            default -> html(Paginas.Templates.ronde(venster.rondePagina(jaar)));
        }));
    }

    private void regio(RoutingContext ctx) {
        Matcher m = RONDE.matcher(ctx.pathParam("jaar"));
        String regio = ctx.pathParam("regio");
        if (!m.matches() || m.group(2) != null || regio == null || !REGIO.matcher(regio).matches()) {
            nietGevonden(ctx, "Deze pagina bestaat niet.");
            return;
        }
        int jaar = Integer.parseInt(m.group(1));
        beantwoord(ctx, () -> cache.geef("openbaar/regio/" + jaar + "/" + regio,
                () -> html(Paginas.Templates.regio(venster.regioPagina(jaar, regio)))));
    }

    private void beantwoord(RoutingContext ctx, Supplier<Etags.Body> pagina) {
        try {
            stuur(ctx, pagina.get(), PUBLIEK);
        } catch (OpenbaarVenster.NietGevonden e) {
            nietGevonden(ctx, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Openbare pagina " + ctx.normalizedPath() + " kon niet worden gemaakt", e);
            pagina(ctx, 500, "no-store", html(Paginas.Templates.nietGevonden(
                    "Er ging iets mis bij het maken van deze pagina. Probeer het later opnieuw.")));
        }
    }

    private void stuur(RoutingContext ctx, Etags.Body body, String cacheControl) {
        ctx.response().putHeader(HttpHeaders.ETAG, "\"" + body.tag().getValue() + "\"");
        if (Etags.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), body.tag())) {
            koppen(ctx, cacheControl);
            ctx.response().setStatusCode(304).end();
            return;
        }
        pagina(ctx, 200, cacheControl, body);
    }

    private void nietGevonden(RoutingContext ctx, String melding) {
        pagina(ctx, 404, "no-store", html(Paginas.Templates.nietGevonden(melding)));
    }

    private void pagina(RoutingContext ctx, int status, String cacheControl, Etags.Body body) {
        koppen(ctx, cacheControl);
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, body.mediaType()).end(Buffer.buffer(body.bytes()));
    }

    private static void koppen(RoutingContext ctx, String cacheControl) {
        ctx.put(HttpConventionsRoutes.OWN_CACHING_AND_CSP, true);
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).putHeader("Content-Security-Policy", CSP);
    }

    private Etags.Body html(TemplateInstance pagina) {
        return etags.textBody(pagina.render(), HTML);
    }

    private static String bron(String pad) {
        try (InputStream in = OpenbaarRoutes.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException(pad + " ontbreekt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
