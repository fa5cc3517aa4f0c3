package nl.venster.rapportage.openbaar;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The public pages' templates (templates/openbaar) and what they show, computed before rendering. */
final class Paginas {

    private Paginas() {
    }

    @CheckedTemplate(basePath = "openbaar")
    static class Templates {
        static native TemplateInstance ronde(RondePagina pagina);

        static native TemplateInstance regio(RegioPagina pagina);

        static native TemplateInstance leeg(List<Link> rondes);

        static native TemplateInstance nietGevonden(String melding);
    }

    @TemplateData
    record Link(String href, String tekst, boolean huidig) {
    }

    @TemplateData
    record Legenda(String code, String label, String uitleg, String kleur, long aantal) {
    }

    @TemplateData
    record KaartRegio(String code, String naam, String status, String statusLabel, String kleur, String href, String pad) {
    }

    @TemplateData
    record KaartModel(String viewBox, List<KaartRegio> regios, String overig, String grenzen, String bron,
                      List<String> nietGetekend) {
    }

    @TemplateData
    record RegioRegel(String code, String naam, String zorgkantoorregio, String status, String statusLabel,
                      String escalatieLabel, boolean signaal, String href) {
    }

    @TemplateData
    record ResponsRegel(String financier, long beantwoord, long van, String procent) {
    }

    @TemplateData
    record Staaf(String x, String y, String breedte, String hoogte, String kleur, String klasse) {
    }

    @TemplateData
    record Tekst(String x, String y, String tekst, String anker, String klasse) {
    }

    @TemplateData
    record Grafiek(String id, String titel, String viewBox, List<Staaf> staven, List<Tekst> teksten) {
    }

    @TemplateData
    record ScoreRegel(String vraag, List<String> gemiddelden, List<Long> aantallen) {
    }

    @TemplateData
    record VerschilRegel(String vraag, long aantal, long van) {
    }

    @TemplateData
    record SignaalRegel(String naam, String href, String status, String vorigeStatus) {
    }

    @TemplateData
    record TrendRegel(int jaar, String href, long regios, List<Long> perStatus, List<String> respons) {
    }

    @TemplateData
    record RondePagina(int jaar, String titel, List<Link> rondes, long aantalRegios, List<Legenda> legenda, KaartModel kaart,
                       List<RegioRegel> regios, List<ResponsRegel> respons, List<String> financiers,
                       Grafiek scoreGrafiek, List<ScoreRegel> scores, Grafiek verschilGrafiek, List<VerschilRegel> verschillen,
                       List<SignaalRegel> signalen, Grafiek trendGrafiek, List<TrendRegel> trend, List<String> statusKoppen,
                       String csv, String json) {
    }

    @TemplateData
    record VraagRegel(String tekst, List<String> scores, String verschil, String spreiding) {
    }

    @TemplateData
    record OpvolgingRegel(String datum, String soort) {
    }

    @TemplateData
    record HistorieRegel(int jaar, String href, String status, String escalatie, List<String> gemiddelden) {
    }

    @TemplateData
    record RegioPagina(int jaar, String rondeHref, String code, String naam, String zorgkantoorregio, String status,
                       String statusLabel, String statusUitleg, String kleur, String escalatieLabel, boolean signaal,
                       boolean scoresZichtbaar, String beantwoord, List<String> financiers, List<VraagRegel> vragen,
                       List<OpvolgingRegel> opvolgingen, Grafiek historieGrafiek, List<HistorieRegel> historie) {
    }
}
