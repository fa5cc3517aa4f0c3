package nl.venster.venster.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.domain.Weigering;

/** Checks a submitted answer set against the round's questionnaire and lists every problem at once. */
public final class AntwoordValidatie {

    private AntwoordValidatie() {
    }

    /** An answer as submitted; the score may be missing only when Bean Validation let it through. */
    public record Invoer(String vraag, Integer score) {
    }

    public static List<Weigering.OngeldigVeld> problemen(List<Vraag> vragen, List<Invoer> antwoorden) {
        Map<String, Vraag> perCode = new HashMap<>();
        vragen.forEach(vraag -> perCode.put(vraag.code, vraag));
        Map<String, Integer> beantwoord = new HashMap<>();
        List<Weigering.OngeldigVeld> problemen = new ArrayList<>();
        for (int i = 0; i < antwoorden.size(); i++) {
            Invoer antwoord = antwoorden.get(i);
            String pad = "antwoorden[" + i + "]";
            Vraag vraag = perCode.get(antwoord.vraag());
            if (vraag == null) {
                problemen.add(new Weigering.OngeldigVeld(pad + ".vraag", "is geen vraag van deze ronde"));
                continue;
            }
            if (beantwoord.merge(vraag.code, 1, Integer::sum) == 2) {
                problemen.add(new Weigering.OngeldigVeld(pad + ".vraag", "vraag " + vraag.code + " is meer dan eens beantwoord"));
            }
            if (antwoord.score() != null && !vraag.schaal.accepts(antwoord.score())) {
                problemen.add(new Weigering.OngeldigVeld(pad + ".score", "moet op de schaal " + vraag.schaal.code() + " liggen ("
                        + vraag.schaal.minimum() + " t/m " + vraag.schaal.maximum() + ")"));
            }
        }
        for (Vraag vraag : vragen) {
            if (!beantwoord.containsKey(vraag.code)) {
                problemen.add(new Weigering.OngeldigVeld("antwoorden", "vraag " + vraag.code + " is niet beantwoord"));
            }
        }
        return problemen;
    }

    /** The answers in the round's question order, as they are stored and published. */
    public static <T> List<T> inVraagvolgorde(List<Vraag> vragen, List<T> antwoorden, java.util.function.Function<T, String> vraagVan) {
        List<T> geordend = new ArrayList<>(antwoorden);
        List<String> codes = vragen.stream().map(vraag -> vraag.code).toList();
        geordend.sort(java.util.Comparator.comparingInt(antwoord -> codes.indexOf(vraagVan.apply(antwoord))));
        return geordend;
    }
}
