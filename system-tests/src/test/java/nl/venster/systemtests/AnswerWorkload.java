package nl.venster.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answer sets submitted and amended by a few client threads while faults happen, with the bookkeeping that decides
 * afterwards what the system must contain.
 *
 * <p>Every slot (region, financier) belongs to one thread, so the thread knows the slot's history exactly. A submission
 * is retried with the same content and the same If-Match until it gets a definite answer:
 * <ul>
 *   <li>2xx: acknowledged, at the version of the ETag (which must be If-Match + 1);</li>
 *   <li>a connection refused or an error response (5xx, 403, ...): not applied, retried;</li>
 *   <li>no response (reset or time-out after sending): unknown, retried. When a retry then meets 412/428, the unknown
 *       attempt was applied (nobody else writes the slot) and its content is the slot's next version; when a retry
 *       gets 2xx, it was not. An unknown is therefore counted separately and either outcome is accepted, but it can
 *       never count twice: a version is applied once or refused by its precondition.</li>
 * </ul>
 * A 412/428 after attempts that all got definite errors is a violation: an error whose submission was applied.
 */
final class AnswerWorkload {

    /** Pause between two submissions of one thread: a steady load, not a flood. */
    private static final Duration PACE = Duration.ofMillis(200);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The known history of one slot; touched only by its own thread until the workload has ended. */
    static final class Slot {
        final String region;
        final String financier;
        final String token;
        int version;
        Map<String, Integer> scores;
        int submissions;

        Slot(String region, String financier, String token) {
            this.region = region;
            this.financier = financier;
            this.token = token;
        }
    }

    private final String baseUrl;
    private final int year;
    private final List<String> questions;
    private final List<Slot> slots;
    private final int threads;
    private final long seed;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();

    final AtomicInteger submitted = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger acknowledged = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger unknown = new AtomicInteger();
    final AtomicInteger unknownApplied = new AtomicInteger();
    final AtomicInteger retriedThenAcknowledged = new AtomicInteger();
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, AtomicInteger> statusCounts = Collections.synchronizedMap(new java.util.TreeMap<>());

    AnswerWorkload(World world, int year, List<String> questions, List<String> regions, int threads, long seed) {
        this.baseUrl = world.system.venster.baseUrl();
        this.year = year;
        this.questions = questions;
        this.threads = threads;
        this.seed = seed;
        List<Slot> all = new ArrayList<>();
        for (String region : regions) {
            for (String financier : World.FINANCIERS) {
                all.add(new Slot(region, financier, world.aanspreekpunt(region, financier)));
            }
        }
        slots = List.copyOf(all);
    }

    List<Slot> slots() {
        return slots;
    }

    void start() {
        for (int t = 0; t < threads; t++) {
            List<Slot> own = new ArrayList<>();
            for (int i = t; i < slots.size(); i += threads) {
                own.add(slots.get(i));
            }
            Random random = new Random(seed + t);
            Thread worker = new Thread(() -> work(own, random), "answers-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Ends the load: every thread finishes its submission in progress (retrying it until definite) and stops. */
    void stopAndAwait(Duration deadline) {
        stopping.set(true);
        Instant end = Instant.now().plus(deadline);
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, Duration.between(Instant.now(), end).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (worker.isAlive()) {
                violations.add(worker.getName() + " could not settle its last submission within " + deadline);
                worker.interrupt();
            }
        }
    }

    /** Round-robin over the thread's slots: the first submission of each, then amendments, until stopped. */
    private void work(List<Slot> own, Random random) {
        try {
            for (int step = 0; !stopping.get() || step < own.size(); step++) {
                Slot slot = own.get(step % own.size());
                Map<String, Integer> scores = new LinkedHashMap<>();
                questions.forEach(question -> scores.put(question, 1 + random.nextInt(10)));
                submitted.incrementAndGet();
                slot.submissions++;
                settle(slot, scores);
                ServiceProcess.sleep(PACE.toMillis());
            }
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof InterruptedException)) {
                violations.add(Thread.currentThread().getName() + ": " + e);
            }
        }
    }

    /** One submission, retried until it is acknowledged or found applied. */
    private void settle(Slot slot, Map<String, Integer> scores) {
        String ifMatch = slot.version == 0 ? null : "\"" + slot.version + "\"";
        boolean anyUnknown = false;
        boolean failedBefore = false;
        while (!Thread.currentThread().isInterrupted()) {
            attempts.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = client.send(request(slot, scores, ifMatch), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                // Never reached the service: certainly not applied.
                errors.incrementAndGet();
                failedBefore = true;
                ServiceProcess.sleep(PACE.toMillis());
                continue;
            } catch (IOException e) {
                // Sent, but no answer (the process died, or it did not answer in time): it may have been applied.
                unknown.incrementAndGet();
                anyUnknown = true;
                failedBefore = true;
                ServiceProcess.sleep(PACE.toMillis());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            statusCounts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 200 || status == 201) {
                int version = Integer.parseInt(response.headers().firstValue("ETag").orElse("\"-1\"").replace("\"", ""));
                if (version != slot.version + 1 || (status == 201) != (slot.version == 0)) {
                    violations.add(slot.region + "/" + slot.financier + ": " + status + " with ETag " + version
                            + " where version " + (slot.version + 1) + " was due");
                }
                acknowledged.incrementAndGet();
                if (failedBefore) {
                    retriedThenAcknowledged.incrementAndGet();
                }
                slot.version = version;
                slot.scores = scores;
                return;
            }
            if (status == 412 || status == 428) {
                if (anyUnknown) {
                    // Only this thread writes the slot: the attempt without an answer was applied as the next version.
                    unknownApplied.incrementAndGet();
                    slot.version++;
                    slot.scores = scores;
                } else {
                    violations.add(slot.region + "/" + slot.financier + ": " + status + " on If-Match " + ifMatch
                            + " although no earlier attempt can have been applied: " + response.body());
                }
                return;
            }
            // 5xx while a dependency is down, or any other refusal: not applied; the same submission again.
            errors.incrementAndGet();
            failedBefore = true;
            ServiceProcess.sleep(PACE.toMillis());
        }
    }

    private HttpRequest request(Slot slot, Map<String, Integer> scores, String ifMatch) {
        List<Map<String, Object>> answers = new ArrayList<>();
        scores.forEach((question, score) -> answers.add(Map.of("vraag", question, "score", score)));
        String body;
        try {
            body = Api.JSON.writeValueAsString(Map.of("antwoorden", answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/rondes/" + year + "/regios/" + slot.region
                        + "/antwoorden/" + slot.financier))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + slot.token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return builder.build();
    }
}
