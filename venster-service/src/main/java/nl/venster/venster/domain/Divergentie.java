package nl.venster.venster.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.vocabulary.Schaal;

/**
 * The divergence rule of DESIGN.md §4, for the unsealing notice: a question diverges when the three answers are
 * not all tevreden or all not-tevreden, or when max − min ≥ spreidingsGrens. (The reporting-service applies the
 * same rule to its read model; this service only needs it to name the questions in the notice.)
 */
public final class Divergentie {

    private Divergentie() {
    }

    /** The codes of the divergent questions, in questionnaire order; scores per question code of each financier. */
    public static List<String> divergenteVragen(List<Vraag> vragen, Collection<Map<String, Integer>> scoresPerFinancier,
                                                int voldoendeGrens, int spreidingsGrens) {
        List<String> divergent = new ArrayList<>();
        for (Vraag vraag : vragen) {
            List<Integer> scores = scoresPerFinancier.stream().map(scores1 -> scores1.get(vraag.code)).toList();
            if (scores.contains(null)) {
                continue;
            }
            long tevreden = scores.stream().filter(score -> tevreden(vraag.schaal, score, voldoendeGrens)).count();
            int min = scores.stream().mapToInt(Integer::intValue).min().orElse(0);
            int max = scores.stream().mapToInt(Integer::intValue).max().orElse(0);
            if ((tevreden != 0 && tevreden != scores.size()) || max - min >= spreidingsGrens) {
                divergent.add(vraag.code);
            }
        }
        return divergent;
    }

    static boolean tevreden(Schaal schaal, int score, int voldoendeGrens) {
        return schaal == Schaal.JA_NEE ? score == 1 : score >= voldoendeGrens;
    }
}
