package nl.venster.systemtests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DESIGN.md §4 written down again, independently of the services' code, for the defaults of a round
 * (1-10 scale, voldoendeGrens 6, spreidingsGrens 3): what the reports must say about one region.
 */
public final class Expectation {

    static final int VOLDOENDE = 6;
    static final int SPREIDING = 3;

    private Expectation() {
    }

    /** answers: financier → (question → score), only the financiers that answered. */
    public record Region(String code, List<String> questions, Map<String, Map<String, Integer>> answers,
                         List<String> followUps, boolean previousNeedsAttention, boolean followUpInPrevious) {

        public boolean complete() {
            return answers.keySet().containsAll(World.FINANCIERS);
        }

        public List<Integer> scores(String question) {
            return World.FINANCIERS.stream().filter(answers::containsKey).map(f -> answers.get(f).get(question)).toList();
        }

        public boolean mixed(String question) {
            long satisfied = scores(question).stream().filter(score -> score >= VOLDOENDE).count();
            return satisfied > 0 && satisfied < 3;
        }

        public int spread(String question) {
            return Collections.max(scores(question)) - Collections.min(scores(question));
        }

        public boolean divergent(String question) {
            return complete() && (mixed(question) || spread(question) >= SPREIDING);
        }

        public List<String> divergentQuestions() {
            return questions.stream().filter(this::divergent).toList();
        }

        /** For a closed round. */
        public String status() {
            if (!complete()) {
                return "niet-ingevuld";
            }
            if (!divergentQuestions().isEmpty()) {
                return "verschil";
            }
            boolean allUnhappy = questions.stream().anyMatch(q -> scores(q).stream().allMatch(score -> score < VOLDOENDE));
            return allUnhappy ? "ontevreden" : "in-orde";
        }

        public static boolean needsAttention(String status) {
            return List.of("verschil", "ontevreden", "niet-ingevuld").contains(status);
        }

        /** The highest step of the ladder reached; besproken and actie-afgesproken keep the ball with the region. */
        public String escalation() {
            List<String> ladder = List.of("geen", "regio", "vng-zn", "vws", "afgerond");
            int level = needsAttention(status()) ? 1 : 0;
            for (String followUp : followUps) {
                int reached = switch (followUp) {
                    case "hulpvraag-vng-zn" -> 2;
                    case "geagendeerd-vws" -> 3;
                    case "afgerond" -> 4;
                    default -> 0;
                };
                level = Math.max(level, reached);
            }
            return ladder.get(level);
        }

        public boolean signal() {
            return needsAttention(status()) && previousNeedsAttention && !followUpInPrevious;
        }

        public List<String> answered() {
            return World.FINANCIERS.stream().filter(answers::containsKey).toList();
        }

        public List<String> notAnswered() {
            return World.FINANCIERS.stream().filter(f -> !answers.containsKey(f)).toList();
        }

        /** Per question the three scores (null where missing): a closed round shows them. */
        public List<Map<String, Object>> scoreRows() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String question : questions) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("vraag", question);
                for (String financier : World.FINANCIERS) {
                    row.put(financier, answers.containsKey(financier) ? answers.get(financier).get(question) : null);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
