package nl.venster.rapportage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.venster.conventions.csv.Csv;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.RondeFeit;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.service.Rapport.RegioRij;
import nl.venster.rapportage.service.Rapport.VraagScores;

/**
 * The region list of a round as CSV, the same rows as the JSON page; served by the REST API (Accept: text/csv) and
 * as the public download, so both web layers use this one copy.
 */
public final class RegioCsv {

    private RegioCsv() {
    }

    /** Fixed columns, then three score columns per question of the round. */
    public static String regios(RondeFeit ronde, List<RegioRij> rijen) {
        List<String> kop = new ArrayList<>(List.of("regio", "naam", "zorgkantoorregio", "status", "escalatie", "signaal",
                "beantwoord", "nietBeantwoord", "scoresZichtbaar", "divergenteVragen"));
        for (Vraag vraag : ronde.vragen) {
            for (Financier financier : Financier.values()) {
                kop.add(vraag.code() + "." + financier.code());
            }
        }
        return Csv.document(kop, regels(ronde, rijen, " "));
    }

    /**
     * The rows of the region list, shared by this CSV and the workbook: the fixed values, then the three scores per
     * question of the round ({@code lijstScheiding} joins the values of a list column).
     */
    public static List<List<?>> regels(RondeFeit ronde, List<RegioRij> rijen, String lijstScheiding) {
        List<List<?>> regels = new ArrayList<>();
        for (RegioRij rij : rijen) {
            List<Object> regel = new ArrayList<>(List.of(rij.regio(), rij.naam(), rij.zorgkantoorregio(), rij.status().code(),
                    rij.escalatie().code(), rij.signaal(), codes(rij.beantwoord(), lijstScheiding), codes(rij.nietBeantwoord(), lijstScheiding),
                    rij.scoresZichtbaar(), String.join(lijstScheiding, rij.divergenteVragen())));
            for (Vraag vraag : ronde.vragen) {
                Optional<VraagScores> scores = rij.scores().stream().filter(s -> s.vraag().equals(vraag.code())).findFirst();
                regel.add(scores.map(VraagScores::gemeenten).orElse(null));
                regel.add(scores.map(VraagScores::zorgverzekeraar).orElse(null));
                regel.add(scores.map(VraagScores::zorgkantoor).orElse(null));
            }
            regels.add(regel);
        }
        return regels;
    }

    private static String codes(List<Financier> financiers, String lijstScheiding) {
        return String.join(lijstScheiding, financiers.stream().map(Financier::code).toList());
    }
}
