package nl.venster.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5, scale-out: a second reporting-service instance joins the first one's consumer group on the same
 * database. Both must take partitions (the topics have 6 partitions keyed by region), both must serve the same
 * reports once caught up; when one is SIGKILLed the other takes all partitions over, and the reports converge on
 * everything acknowledged, including what was submitted after the kill.
 */
@Order(4)
class ScaleOutIT {

    private static final int YEAR = 2036;
    private static final Duration REBALANCE = Duration.ofSeconds(120);
    private static final Duration CATCH_UP = Duration.ofSeconds(180);

    private final World world = World.get();
    private final SystemHarness system = world.system;

    @Test
    void twoInstancesShareThePartitionsAndOneTakesOver() {
        Random random = new Random(20360005L);
        List<String> questions = world.openRound(YEAR);
        ServiceProcess second = system.newReportingInstance();
        try (ReportingGroup group = new ReportingGroup(system)) {
            second.start();
            second.awaitReady();
            // Each instance joins with one consumer per channel: two members per channel, each with partitions.
            int channels = ReportingGroup.CONSUMED.size();
            Map<String, List<String>> shared = awaitAssignments(group, assignments -> assignments.size() == 2 * channels
                    && assignments.values().stream().noneMatch(List::isEmpty)
                    && assignments.values().stream().mapToInt(List::size).sum() == group.partitions());
            System.out.printf("[scale-out] two instances in group %s, partitions per member: %s%n", system.reportingGroup(), sizes(shared));
            assertEquals(2 * channels, shared.size(), "two members per channel: " + shared);
            assertTrue(shared.values().stream().noneMatch(List::isEmpty), "both instances have partitions on every channel: " + shared);
            assertEquals(group.partitions(), shared.values().stream().mapToInt(List::size).sum(), "every partition assigned once");

            // Half of the regions answer while both run.
            Map<String, Map<String, Integer>> versions = new TreeMap<>();
            List<String> firstHalf = world.regions.subList(0, world.regions.size() / 2);
            int acknowledged = submit(firstHalf, questions, random, versions);
            group.awaitCaughtUp(CATCH_UP);
            awaitComplete(system.reporting, versions);
            awaitComplete(second, versions);
            Map<String, Object> one = Reports.capture(world, system.reporting);
            Map<String, Object> other = Reports.capture(world, second);
            List<String> differences = Reports.differences(one, other);
            System.out.printf("[scale-out] %d submissions acknowledged; both instances caught up; %d reports compared, %d differ%n",
                    acknowledged, one.size(), differences.size());
            assertEquals(List.of(), differences, "reports of the two instances");
            checkVersions(one, versions);

            second.kill();
            Map<String, List<String>> takenOver = awaitAssignments(group, assignments -> assignments.size() == channels
                    && assignments.values().stream().mapToInt(List::size).sum() == group.partitions());
            System.out.printf("[scale-out] second instance SIGKILLed; partitions per member now: %s%n", sizes(takenOver));
            assertEquals(channels, takenOver.size(), "one member per channel left: " + takenOver);
            assertEquals(group.partitions(), takenOver.values().stream().mapToInt(List::size).sum(), "the survivor has every partition");

            // The other half answers with one instance left; the reports must include everything acknowledged.
            acknowledged += submit(world.regions.subList(world.regions.size() / 2, world.regions.size()), questions, random, versions);
            group.awaitCaughtUp(CATCH_UP);
            Map<String, Object> converged = awaitComplete(system.reporting, versions);
            long inModel = checkVersions(converged, versions);
            System.out.printf("[scale-out] submissions acknowledged %d in all (answer sets %d, the rest amendments); answer sets in the"
                    + " model of the remaining instance at their latest version %d%n", acknowledged,
                    versions.values().stream().mapToLong(Map::size).sum(), inModel);
            assertEquals(versions.values().stream().mapToLong(Map::size).sum(), inModel, "every acknowledged answer set in the model");
        } finally {
            second.stop();
        }
    }

    /** Submits every financier of these regions, amending one in three; returns how many submissions were acknowledged. */
    private int submit(List<String> regions, List<String> questions, Random random, Map<String, Map<String, Integer>> versions) {
        int acknowledged = 0;
        for (String region : regions) {
            for (String financier : World.FINANCIERS) {
                assertEquals(201, world.submit(YEAR, region, financier, scores(questions, random)), region + "/" + financier);
                acknowledged++;
                int version = 1;
                if (random.nextInt(3) == 0) {
                    assertEquals(200, world.amend(YEAR, region, financier, scores(questions, random), FullYearIT.etag(1)).statusCode());
                    acknowledged++;
                    version = 2;
                }
                versions.computeIfAbsent(region, r -> new TreeMap<>()).put(financier, version);
            }
        }
        return acknowledged;
    }

    /** The region details of this round, polled until every acknowledged answer set shows at its version. */
    private Map<String, Object> awaitComplete(ServiceProcess reporting, Map<String, Map<String, Integer>> versions) {
        return Api.poll(CATCH_UP, () -> details(reporting), details -> shown(details).equals(versions));
    }

    private long checkVersions(Map<String, Object> reports, Map<String, Map<String, Integer>> versions) {
        Map<String, Map<String, Integer>> shown = shown(reports);
        assertEquals(versions, shown, "answer sets and versions in the model");
        return shown.values().stream().mapToLong(Map::size).sum();
    }

    private Map<String, Object> details(ServiceProcess reporting) {
        return Reports.captureRound(world, reporting, YEAR);
    }

    /** Region → financier → version, as the region details of this round show them (-1 where one shows twice). */
    private static Map<String, Map<String, Integer>> shown(Map<String, Object> reports) {
        Map<String, Map<String, Integer>> shown = new TreeMap<>();
        reports.forEach((path, report) -> {
            if (path.matches("/rondes/" + YEAR + "/regios/[^/?]+") && report instanceof JsonNode detail) {
                detail.get("beantwoord").forEach(entry -> shown.computeIfAbsent(detail.get("regio").asText(), r -> new TreeMap<>())
                        .merge(entry.get("financier").asText(), entry.get("versie").asInt(), (a, b) -> -1));
            }
        });
        return shown;
    }

    private Map<String, List<String>> awaitAssignments(ReportingGroup group, Predicate<Map<String, List<String>>> done) {
        Instant start = Instant.now();
        Map<String, List<String>> assignments = Api.poll(REBALANCE, () -> {
            try {
                return group.assignments();
            } catch (RuntimeException e) {
                return Map.of();
            }
        }, done);
        System.out.printf("[scale-out] group settled after %d s%n", Duration.between(start, Instant.now()).toSeconds());
        return assignments;
    }

    private static Map<String, Integer> sizes(Map<String, List<String>> assignments) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        assignments.forEach((member, partitions) -> sizes.put(member, partitions.size()));
        return sizes;
    }

    private static Map<String, Integer> scores(List<String> questions, Random random) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        questions.forEach(question -> scores.put(question, 1 + random.nextInt(10)));
        return scores;
    }
}
