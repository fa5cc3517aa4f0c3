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
        List<List<?>> regels = new ArrayList<>();
        for (RegioRij rij : rijen) {
            List<Object> regel = new ArrayList<>(List.of(rij.regio(), rij.naam(), rij.zorgkantoorregio(), rij.status().code(),
                    rij.escalatie().code(), rij.signaal(), codes(rij.beantwoord()), codes(rij.nietBeantwoord()),
                    rij.scoresZichtbaar(), String.join(" ", rij.divergenteVragen())));
            for (Vraag vraag : ronde.vragen) {
                Optional<VraagScores> scores = rij.scores().stream().filter(s -> s.vraag().equals(vraag.code())).findFirst();
                regel.add(scores.map(VraagScores::gemeenten).orElse(null));
                regel.add(scores.map(VraagScores::zorgverzekeraar).orElse(null));
                regel.add(scores.map(VraagScores::zorgkantoor).orElse(null));
            }
            regels.add(regel);
        }
        return Csv.document(kop, regels);
    }

    private static String codes(List<Financier> financiers) {
        return String.join(" ", financiers.stream().map(Financier::code).toList());
    }
}
