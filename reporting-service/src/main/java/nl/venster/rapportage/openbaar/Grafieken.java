package nl.venster.rapportage.openbaar;

import static nl.venster.rapportage.openbaar.Kaart.getal;

import java.util.ArrayList;
import java.util.List;
import nl.venster.rapportage.openbaar.Paginas.Grafiek;
import nl.venster.rapportage.openbaar.Paginas.Staaf;
import nl.venster.rapportage.openbaar.Paginas.Tekst;

/**
 * Bar charts as SVG geometry, computed on the server (no JavaScript). Horizontal bars keep long Dutch labels
 * readable on a phone; every chart is drawn next to a table with the same figures.
 */
final class Grafieken {

    private static final double BREEDTE = 500;
    private static final double LABELS = 150;
    private static final double WAARDE = 40;
    private static final double STAAF = 16;
    private static final double TUSSEN = 4;
    private static final double KOP = 20;

    private Grafieken() {
    }

    /**
     * Per group (a question, a year) one bar per series (a financier) of {@code waarden[groep][reeks]} on a scale of
     * 0 to {@code maxima[groep]}; an empty value is written as "geen scores".
     */
    static Grafiek groepen(String id, String titel, List<String> groepen, List<String> reeksen, List<String> kleuren,
                           Double[][] waarden, double[] maxima) {
        List<Staaf> staven = new ArrayList<>();
        List<Tekst> teksten = new ArrayList<>();
        double y = 0;
        double lengte = BREEDTE - LABELS - WAARDE;
        for (int g = 0; g < groepen.size(); g++) {
            teksten.add(new Tekst("0", getal(y + 14), groepen.get(g), "start", "grafiek-groep"));
            y += KOP;
            for (int r = 0; r < reeksen.size(); r++) {
                Double waarde = waarden[g][r];
                teksten.add(new Tekst(getal(LABELS - 6), getal(y + 12), reeksen.get(r), "end", "grafiek-label"));
                double breedte = waarde == null ? 0 : Math.max(1, lengte * Math.min(waarde, maxima[g]) / maxima[g]);
                if (waarde != null) {
                    staven.add(new Staaf(getal(LABELS), getal(y), getal(breedte), getal(STAAF), kleuren.get(r), "staaf"));
                }
                teksten.add(new Tekst(getal(LABELS + breedte + 4), getal(y + 12),
                        waarde == null ? "geen scores" : Weergave.cijfer(waarde), "start", "grafiek-waarde"));
                y += STAAF + TUSSEN;
            }
            y += 8;
        }
        return new Grafiek(id, titel, "0 0 " + getal(BREEDTE) + " " + getal(Math.max(y, 1)), staven, teksten);
    }

    /** One bar per label: {@code aantallen[i]} of {@code van}, e.g. regions that diverge on a question. */
    static Grafiek aantallen(String id, String titel, List<String> labels, List<Long> aantallen, long van, String kleur) {
        List<Staaf> staven = new ArrayList<>();
        List<Tekst> teksten = new ArrayList<>();
        double y = 0;
        double lengte = BREEDTE - LABELS - WAARDE - 30;
        for (int i = 0; i < labels.size(); i++) {
            long aantal = aantallen.get(i);
            teksten.add(new Tekst(getal(LABELS - 6), getal(y + 12), labels.get(i), "end", "grafiek-label"));
            double breedte = van == 0 ? 0 : lengte * aantal / van;
            if (aantal > 0) {
                staven.add(new Staaf(getal(LABELS), getal(y), getal(Math.max(1, breedte)), getal(STAAF), kleur, "staaf"));
            }
            teksten.add(new Tekst(getal(LABELS + breedte + 4), getal(y + 12), aantal + " van " + van, "start", "grafiek-waarde"));
            y += STAAF + TUSSEN;
        }
        return new Grafiek(id, titel, "0 0 " + getal(BREEDTE) + " " + getal(Math.max(y, 1)), staven, teksten);
    }

    /** Per row (a year) one bar of 100%, split into segments {@code delen[rij][segment]} in the segments' colours. */
    static Grafiek gestapeld(String id, String titel, List<String> rijen, long[][] delen, List<String> kleuren) {
        List<Staaf> staven = new ArrayList<>();
        List<Tekst> teksten = new ArrayList<>();
        double y = 0;
        double lengte = BREEDTE - LABELS - 10;
        for (int i = 0; i < rijen.size(); i++) {
            teksten.add(new Tekst(getal(LABELS - 6), getal(y + 14), rijen.get(i), "end", "grafiek-label"));
            long totaal = 0;
            for (long deel : delen[i]) {
                totaal += deel;
            }
            double x = LABELS;
            for (int s = 0; s < delen[i].length; s++) {
                if (totaal == 0 || delen[i][s] == 0) {
                    continue;
                }
                double breedte = lengte * delen[i][s] / totaal;
                staven.add(new Staaf(getal(x), getal(y), getal(breedte), getal(STAAF + 4), kleuren.get(s), "segment"));
                x += breedte;
            }
            y += STAAF + 4 + TUSSEN * 2;
        }
        return new Grafiek(id, titel, "0 0 " + getal(BREEDTE) + " " + getal(Math.max(y, 1)), staven, teksten);
    }
}
