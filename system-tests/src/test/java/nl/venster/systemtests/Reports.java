package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every report one reporting-service instance serves, captured for comparison: per round the overview, the region
 * list (JSON and CSV) and each region's detail, and each region's history. Keyed by path; JSON is kept as a tree, so
 * the comparison is about content, CSV as text.
 */
final class Reports {

    private Reports() {
    }

    /**
     * The reports once the system has settled: the consumer group has no lag and two captures in a row are equal (an
     * event may still be on its way from a service's outbox when the lag is 0).
     */
    static Map<String, Object> settled(World world, ServiceProcess reporting, ReportingGroup group, java.time.Duration deadline) {
        java.time.Instant end = java.time.Instant.now().plus(deadline);
        group.awaitCaughtUp(deadline);
        Map<String, Object> previous = capture(world, reporting);
        while (true) {
            ServiceProcess.sleep(1000);
            group.awaitCaughtUp(deadline);
            Map<String, Object> current = capture(world, reporting);
            if (current.equals(previous) || java.time.Instant.now().isAfter(end)) {
                return current;
            }
            previous = current;
        }
    }

    static Map<String, Object> capture(World world, ServiceProcess reporting) {
        Map<String, Object> reports = new TreeMap<>();
        List<Integer> years = new ArrayList<>();
        json(as(world.beheerder).get(world.system.venster.baseUrl() + "/rondes?pageSize=100").then().statusCode(200).extract().response())
                .forEach(round -> years.add(round.get("jaar").asInt()));
        for (int year : years) {
            reports.putAll(captureRound(world, reporting, year));
        }
        for (String region : world.regions) {
            add(reports, world, reporting, "/regios/" + region + "/historie");
        }
        return reports;
    }

    /** The reports of one round only. */
    static Map<String, Object> captureRound(World world, ServiceProcess reporting, int year) {
        Map<String, Object> reports = new TreeMap<>();
        String round = "/rondes/" + year;
        add(reports, world, reporting, round + "/overzicht");
        add(reports, world, reporting, round + "/regios?pageSize=100");
        Response csv = as(world.lezer).accept("text/csv").get(reporting.baseUrl() + round + "/regios?pageSize=100");
        reports.put(round + "/regios?pageSize=100 (CSV)", csv.statusCode() + " " + csv.asString());
        for (String region : world.regions) {
            add(reports, world, reporting, round + "/regios/" + region);
        }
        return reports;
    }

    private static void add(Map<String, Object> reports, World world, ServiceProcess reporting, String path) {
        Response response = as(world.lezer).get(reporting.baseUrl() + path);
        reports.put(path, response.statusCode() == 200 ? json(response) : response.statusCode() + " " + response.asString());
    }

    /** The paths whose content differs (or exists on one side only), for a readable failure message. */
    static List<String> differences(Map<String, Object> expected, Map<String, Object> actual) {
        TreeMap<String, Object> all = new TreeMap<>(expected);
        all.putAll(actual);
        return all.keySet().stream().filter(path -> !Objects.equals(expected.get(path), actual.get(path))).toList();
    }

    /** How many of the captured reports are JSON documents with content (not an error status). */
    static long documents(Map<String, Object> reports) {
        return reports.values().stream().filter(report -> !(report instanceof String text) || text.startsWith("200 ")).count();
    }
}
