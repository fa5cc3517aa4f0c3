package nl.venster.systemtests;

import static nl.venster.systemtests.Api.as;
import static nl.venster.systemtests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3, faults and nothing lost: while client threads submit and amend answer sets, the Kafka broker is
 * SIGKILLed and restarted, the venster-service is SIGKILLed and restarted, the reporting database is stopped and
 * started, and the registry is made unavailable (venster authorizes from its own replica, so answering must go on).
 * Afterwards every acknowledged answer set is in the reporting model exactly once, at its latest acknowledged
 * version with that version's scores, and nothing that was refused is (see {@link AnswerWorkload} for how a request
 * without an answer is settled).
 */
@Order(3)
class FaultsIT {

    private static final int YEAR = 2030;
    private static final int REGIONS = 8;
    private static final int THREADS = 4;
    private static final long SEED = 20300003L;
    /** How many acknowledgements to see while a fault lasts: proof that answering went on meanwhile. */
    private static final int ACKS_DURING_FAULT = 25;
    private static final Duration FAULT_WAIT = Duration.ofSeconds(60);
    private static final Duration CATCH_UP = Duration.ofSeconds(180);
    private static final Duration SETTLE = Duration.ofSeconds(120);

    private final World world = World.get();
    private final SystemHarness system = world.system;
    private final Instant t0 = Instant.now();

    @Test
    void nothingLostNothingDoubled() {
        List<String> questions = world.openRound(YEAR);
        List<String> regions = new ArrayList<>(world.regions);
        Collections.shuffle(regions, new Random(SEED));
        regions = List.copyOf(regions.subList(0, REGIONS).stream().sorted().toList());
        AnswerWorkload load = new AnswerWorkload(world, YEAR, questions, regions, THREADS, SEED);
        try {
            injectFaults(load);
            load.stopAndAwait(SETTLE);
            log("workload stopped; every submission settled");
            check(regions, load);
        } finally {
            load.stopAndAwait(SETTLE);
            // The registry was started again at the end of the faults; it boots while the model is checked.
            system.ensureRunning();
        }
    }

    private void injectFaults(AnswerWorkload load) {
        load.start();
        log("workload started: %d threads, %d answer sets (%d regions × 3 financiers)", THREADS, load.slots().size(), REGIONS);
        awaitMore("warm-up", load.acknowledged::get, 0, 2 * load.slots().size());

        int before = load.acknowledged.get();
        system.kafka.kill();
        log("Kafka broker SIGKILLed");
        awaitMore("answers while Kafka is down", load.acknowledged::get, before, ACKS_DURING_FAULT);
        system.kafka.start();
        system.kafka.awaitReady();
        log("Kafka broker restarted and ready");

        int errorsBefore = load.errors.get() + load.unknown.get();
        system.venster.kill();
        log("venster-service SIGKILLed");
        awaitMore("refused or unanswered submissions while venster is down", () -> load.errors.get() + load.unknown.get(), errorsBefore, THREADS);
        system.venster.start();
        system.venster.awaitReady();
        log("venster-service restarted and ready");
        awaitMore("answers after the venster restart", load.acknowledged::get, load.acknowledged.get(), ACKS_DURING_FAULT);

        before = load.acknowledged.get();
        system.reportingDatabase.stop();
        log("reporting database stopped (cluster 15/%s)", system.reportingDatabase.name());
        awaitMore("answers while the reporting database is down", load.acknowledged::get, before, ACKS_DURING_FAULT);
        // Long enough for the reporting-service to notice: its readiness (which checks the database) goes down.
        assertTrue(Api.poll(FAULT_WAIT, () -> !system.reporting.ready(), down -> down), "reporting-service notices the database outage");
        log("reporting-service reports not ready");
        system.reportingDatabase.start();
        log("reporting database started");

        before = load.acknowledged.get();
        system.registry.kill();
        log("registry-service SIGKILLed");
        awaitMore("answers while the registry is unavailable", load.acknowledged::get, before, ACKS_DURING_FAULT);
        // Brought back while the workload settles and the model is checked (neither needs it); awaited at the end.
        system.registry.start();
        log("registry-service starting again");
    }

    private void check(List<String> regions, AnswerWorkload load) {
        world.closeRound(YEAR);

        Map<String, AnswerWorkload.Slot> expected = new TreeMap<>();
        load.slots().forEach(slot -> expected.put(slot.region + "/" + slot.financier, slot));

        // The source of truth first: venster itself must hold exactly what the bookkeeping says.
        List<String> vensterDiffers = new ArrayList<>();
        for (String region : regions) {
            JsonNode sets = json(as(world.beheerder).get(system.venster.baseUrl() + "/rondes/" + YEAR + "/regios/" + region + "/antwoorden")
                    .then().statusCode(200).extract().response());
            for (JsonNode set : sets.get("financiers")) {
                AnswerWorkload.Slot slot = expected.get(region + "/" + set.get("financier").asText());
                Map<String, Integer> scores = new LinkedHashMap<>();
                set.get("antwoorden").forEach(a -> scores.put(a.get("vraag").asText(), a.get("score").asInt()));
                if (set.get("versie").asInt() != slot.version || !scores.equals(slot.scores)) {
                    vensterDiffers.add(region + "/" + slot.financier + " venster v" + set.get("versie").asInt() + " expected v" + slot.version);
                }
            }
        }

        // Then the reporting model, once it has caught up (or the deadline has passed).
        Map<String, JsonNode> details = Api.poll(CATCH_UP, () -> details(regions), actual -> count(actual, expected).lost == 0);
        Counts counts = count(details, expected);
        log("done in %d s", Duration.between(t0, Instant.now()).toSeconds());
        System.out.printf("[faults] submitted %d (attempts %d), acknowledged %d, errors %d, unknown %d (of which applied %d),"
                        + " acknowledged after a failed attempt %d; answer sets %d, in the model %d, at the latest version %d,"
                        + " lost %d, duplicates %d; statuses %s%n",
                load.submitted.get(), load.attempts.get(), load.acknowledged.get(), load.errors.get(), load.unknown.get(),
                load.unknownApplied.get(), load.retriedThenAcknowledged.get(), expected.size(), counts.inModel, counts.latest,
                counts.lost, counts.duplicates, load.statusCounts);
        counts.problems.forEach(problem -> System.out.println("[faults]   " + problem));
        vensterDiffers.forEach(problem -> System.out.println("[faults]   " + problem));

        assertEquals(List.of(), load.violations, "bookkeeping violations");
        assertEquals(List.of(), vensterDiffers, "venster holds the latest acknowledged version of every answer set");
        assertEquals(0, counts.duplicates, "answer sets twice in the model");
        assertEquals(0, counts.lost, "answer sets lost or not at their latest version: " + counts.problems);
        assertEquals(expected.size(), counts.latest, "every answer set at its latest acknowledged version");
        assertTrue(load.errors.get() + load.unknown.get() > 0, "the faults were felt by the clients");
        checkConfirmations(expected);
    }

    /**
     * Every stored version's confirmation is recorded, across the SIGKILL of the venster-service (its queued messages
     * survive in its database), the last version of every answer set was confirmed over SMTP, and every confirmation
     * recorded as sent arrived. A message the relay handed to the SMTP server just before the kill, without recording
     * it, is sent again with the same Message-ID (a recipient's mail client recognises it), or, when the same person
     * submitted a newer version meanwhile, replaced: so a received confirmation may also be one recorded as replaced,
     * but never one that is not recorded at all.
     */
    private void checkConfirmations(Map<String, AnswerWorkload.Slot> expected) {
        Map<String, Integer> lastVersions = new java.util.TreeMap<>();
        expected.values().forEach(slot -> lastVersions.put(slot.region + "/" + slot.financier, slot.version));
        Confirmations.check(world, YEAR, lastVersions, CATCH_UP, false);
    }

    private record Counts(int inModel, int latest, int duplicates, int lost, List<String> problems) {
    }

    private Map<String, JsonNode> details(List<String> regions) {
        Map<String, JsonNode> details = new TreeMap<>();
        for (String region : regions) {
            var response = as(world.lezer).get(system.reporting.baseUrl() + "/rondes/" + YEAR + "/regios/" + region);
            if (response.statusCode() == 200) {
                details.put(region, json(response));
            }
        }
        return details;
    }

    /** Compares the region details with the bookkeeping: per answer set present, once, at its version and scores. */
    private static Counts count(Map<String, JsonNode> details, Map<String, AnswerWorkload.Slot> expected) {
        int inModel = 0;
        int latest = 0;
        int duplicates = 0;
        List<String> problems = new ArrayList<>();
        for (AnswerWorkload.Slot slot : expected.values()) {
            JsonNode detail = details.get(slot.region);
            if (detail == null) {
                problems.add(slot.region + " not in the model");
                continue;
            }
            List<JsonNode> entries = new ArrayList<>();
            detail.get("beantwoord").forEach(entry -> {
                if (entry.get("financier").asText().equals(slot.financier)) {
                    entries.add(entry);
                }
            });
            if (entries.isEmpty()) {
                problems.add(slot.region + "/" + slot.financier + " missing");
                continue;
            }
            inModel++;
            duplicates += entries.size() - 1;
            Map<String, Integer> scores = new LinkedHashMap<>();
            detail.get("vragen").forEach(question -> question.get("antwoorden").forEach(answer -> {
                if (answer.get("financier").asText().equals(slot.financier)) {
                    scores.merge(question.get("vraag").asText(), answer.get("score").asInt(), (a, b) -> -1);
                }
            }));
            int version = entries.get(0).get("versie").asInt();
            if (version == slot.version && scores.equals(slot.scores)) {
                latest++;
            } else {
                problems.add(slot.region + "/" + slot.financier + " in the model v" + version + " " + scores
                        + ", acknowledged v" + slot.version + " " + slot.scores);
            }
        }
        return new Counts(inModel, latest, duplicates, expected.size() - latest, problems);
    }

    private void awaitMore(String what, IntSupplier counter, int from, int more) {
        Instant deadline = Instant.now().plus(FAULT_WAIT);
        while (counter.getAsInt() < from + more) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": only " + (counter.getAsInt() - from) + " of " + more + " within " + FAULT_WAIT);
            }
            ServiceProcess.sleep(100);
        }
        log("%s: %d", what, counter.getAsInt() - from);
    }

    private void log(String format, Object... arguments) {
        System.out.printf("[faults] +%5.1f s %s%n", Duration.between(t0, Instant.now()).toMillis() / 1000.0, String.format(format, arguments));
    }
}
