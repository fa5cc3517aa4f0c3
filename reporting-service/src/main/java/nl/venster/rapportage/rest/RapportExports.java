package nl.venster.rapportage.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.csv.Excel;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.service.Rapport.Overzicht;
import nl.venster.rapportage.service.Rapport.RegioRij;
import nl.venster.rapportage.web.RegioCsv;

/** The reports as Excel sheets for people: Dutch column headings, numbers as numbers, dates as dates. */
final class RapportExports {

    private RapportExports() {
    }

    /** The region list of a round: the same rows as the CSV, one column per question and financier. */
    static Excel.Blad regios(RondeFeit ronde, List<RegioRij> rijen) {
        List<String> koppen = new ArrayList<>(List.of("Regio", "Naam", "Zorgkantoorregio", "Status", "Escalatie", "Signaal",
                "Beantwoord door", "Nog niet beantwoord door", "Scores zichtbaar", "Vragen met verschil"));
        for (Vraag vraag : ronde.vragen) {
            for (Financier financier : Financier.values()) {
                koppen.add("Vraag " + vraag.code() + " " + financier.code());
            }
        }
        return new Excel.Blad("Regio's " + ronde.jaar, koppen, RegioCsv.regels(ronde, rijen, ", "));
    }

    /** The national overview, one sheet per part. */
    static List<Excel.Blad> overzicht(RondeFeit ronde, Overzicht overzicht) {
        List<Excel.Blad> bladen = new ArrayList<>();
        bladen.add(new Excel.Blad("Ronde", List.of("Jaar", "Status", "Opent op", "Sluit op", "Aantal regio's"),
                List.of(java.util.Arrays.asList(overzicht.jaar(), overzicht.rondeStatus().code(),
                        ronde.opent, ronde.sluit,
                        overzicht.aantalRegios()))));
        bladen.add(new Excel.Blad("Per status", List.of("Status", "Aantal regio's"), aantallen(overzicht.perStatus())));
        bladen.add(new Excel.Blad("Per escalatie", List.of("Escalatieniveau", "Aantal regio's"), aantallen(overzicht.perEscalatie())));
        bladen.add(new Excel.Blad("Respons", List.of("Financier", "Beantwoord", "Van"), overzicht.respons().stream()
                .<List<?>>map(r -> List.of(r.financier().code(), r.beantwoord(), r.van())).toList()));
        bladen.add(new Excel.Blad("Scores", List.of("Vraag", "Financier", "Aantal regio's", "Gemiddelde", "Minimum", "Maximum"),
                overzicht.scores().stream().<List<?>>map(s -> java.util.Arrays.asList(s.vraag(), s.financier().code(), s.aantal(),
                        s.gemiddelde(), s.minimum(), s.maximum())).toList()));
        bladen.add(new Excel.Blad("Verschillen", List.of("Vraag", "Aantal regio's met verschil"), overzicht.verschillenPerVraag()
                .stream().<List<?>>map(v -> List.of(v.vraag(), v.aantalRegios())).toList()));
        bladen.add(new Excel.Blad("Signalen", List.of("Regio", "Naam", "Status", "Vorige status"), overzicht.signalen().stream()
                .<List<?>>map(s -> java.util.Arrays.asList(s.regio(), s.naam(), s.status().code(),
                        s.vorigeStatus() == null ? null : s.vorigeStatus().code())).toList()));
        return bladen;
    }

    private static List<List<?>> aantallen(Map<String, Long> perCode) {
        return perCode.entrySet().stream().<List<?>>map(e -> List.of(e.getKey(), e.getValue())).toList();
    }
}
