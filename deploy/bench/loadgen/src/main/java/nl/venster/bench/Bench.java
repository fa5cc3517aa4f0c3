package nl.venster.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark run (issue 7's B1–B6, with hooks for B7 and the agenda read): sets up what it needs on
 * whatever state the registry is in, measures each workload beside its ceiling, and writes
 * deploy/bench/BENCHMARKS.md from the typed results ({@link Report}). deploy/bench/run.sh builds this and
 * hands over the local stack's settings; README "Benchmarks" and BENCHMARKS.md say what each figure is.
 *
 * <p>Every step either succeeds or stops the run with a {@link Proc.Failure} naming what failed (non-zero
 * exit); services restarted for the benchmark get their normal settings back either way.
 */
final class Bench {

    static final String REGISTER = "http://127.0.0.1:8081/api/register/v1";
    static final String VENSTER = "http://127.0.0.1:8082/api/venster/v1";
    /** The local SMTP server's (GreenMail's) API: empties every mailbox. */
    static final String MAIL_PURGE = "http://127.0.0.1:8025/api/mail/purge";
    static final String RAPPORTAGE = "http://127.0.0.1:8083/api/rapportage/v1";
    static final String[] FINANCIERS = {"gemeenten", "zorgverzekeraar", "zorgkantoor"};
    static final List<String> SERVICES = List.of("registry-service", "venster-service", "reporting-service");
    static final Map<String, Integer> PORTS = Map.of("registry-service", 8081, "venster-service", 8082, "reporting-service", 8083);
    /** The topics the reporting-service consumes live (B3 waits until its lag over them is 0). */
    static final Set<String> REPORTING_TOPICS = Set.of("register.regios", "venster.rondes", "venster.antwoorden", "venster.opvolgingen");
    static final int REGIONS_B4 = 500;
    static final int ROUNDS_B4 = 10;
    static final int B6_YEAR = EventGenerator.FIRST_YEAR;
    /** The benchmark's own reporting instance; its management port (+1000, 9094) stays clear of Kafka's controller (9093). */
    static final int B3_ANSWER_SETS = 30;
    static final int BENCH_PORT = 8094;

    /** A service's management interface (health, metrics) listens on its API port + 1000 (deploy/local/lib.sh). */
    static int managementPort(int port) {
        return port + 1000;
    }
    static final String BENCH_BASE = "http://127.0.0.1:" + BENCH_PORT + "/api/rapportage/v1";
    static final String BENCH_DB = "rapportage_bench";
    static final String CEILING_DB = "bench_ceiling";
    static final String PREFIX = "bench.";
    static final int REBUILD_SLOW_SECONDS = 60;
    /**
     * Hooks for workloads whose endpoints other issues add: each runs once its probe stops answering 404.
     * B7: the public national page of a round (500 regions, on the benchmark's reporting instance);
     * the agenda read: a region's samenwerkingsagenda in the registry (a B1 workload).
     */
    static final String B7_PATH = "http://127.0.0.1:" + BENCH_PORT + "/openbaar/rondes/" + B6_YEAR;
    static final String AGENDA_PATH = REGISTER + "/regios/%s/agendas";

    /** The run's settings: BENCH_* from the environment, and what run.sh knows of the local stack. */
    record Settings(int runs, int seconds, int warmup, int starts, long events, Set<String> only, boolean profile,
                    Path root, Path report, Path work, String serviceJava, List<String> reportingFlags, String serviceFlagsText,
                    String healthUrl, String dbPassword, String kafka, boolean reshape, boolean update) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            boolean quick = "1".equals(env.get("BENCH_QUICK"));
            Path root = Path.of(required(env, "BENCH_ROOT")).toAbsolutePath();
            String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
            return new Settings(
                    number(env, "BENCH_RUNS", quick ? 1 : 3), number(env, "BENCH_SECONDS", quick ? 2 : 10),
                    number(env, "BENCH_WARMUP", quick ? 1 : 20), number(env, "BENCH_STARTS", quick ? 1 : 3),
                    number(env, "BENCH_EVENTS", quick ? 3_000 : 500_000),
                    Set.of(env.getOrDefault("BENCH_ONLY", "b1 agenda b2 b3 b4 b5 b6 b7").trim().split("\\s+")),
                    !"0".equals(env.get("BENCH_PROFILE")),
                    root, Path.of(env.getOrDefault("BENCH_REPORT", root.resolve("deploy/bench/BENCHMARKS.md").toString())),
                    root.resolve(".local/bench/" + runId), required(env, "BENCH_SERVICE_JAVA"),
                    List.of(required(env, "BENCH_REPORTING_FLAGS").split("\n")), env.getOrDefault("BENCH_SERVICE_FLAGS_TEXT", ""),
                    env.getOrDefault("BENCH_HEALTH_URL", "http://127.0.0.1:%d/q/health/ready"), required(env, "BENCH_DB_PASSWORD"),
                    env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"), "1".equals(env.get("BENCH_RESHAPE")),
                    "1".equals(env.get("BENCH_UPDATE")));
        }

        /**
         * The readiness URL of a service listening on the port: on its management port (deploy/local/lib.sh
         * health_url, as a template for that port).
         */
        String health(int port) {
            return healthUrl.replace("%d", Integer.toString(managementPort(port)));
        }

        boolean selected(String benchmark) {
            return only.contains(benchmark);
        }

        private static String required(Map<String, String> env, String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                throw new Proc.Failure(name + " is not set: start the benchmark with deploy/bench/run.sh");
            }
            return value;
        }

        private static int number(Map<String, String> env, String name, int standard) {
            try {
                return env.containsKey(name) ? Integer.parseInt(env.get(name).trim()) : standard;
            } catch (NumberFormatException e) {
                throw new Proc.Failure(name + " must be a whole number, got '" + env.get(name) + "'");
            }
        }
    }

    private final Settings settings;
    private final Report.Results results = new Report.Results();
    private final HttpClient client = Http.client();
    private final Api api = new Api(client);
    private final Path jcmd;
    private String beheerder;
    private Process benchInstance;
    private boolean servicesChanged;

    // Set up by prepareRound for B1–B3.
    private final List<String> regions = new ArrayList<>();
    private int year;
    private String answers;
    private final List<LagProbe.Target> submissions = new ArrayList<>();

    Bench(Settings settings) {
        this.settings = settings;
        this.jcmd = Path.of(settings.serviceJava()).resolveSibling("jcmd");
    }

    static void run() throws Exception {
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (Proc.Failure e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
            return;
        }
        Bench bench = new Bench(settings);
        int status = 0;
        try {
            bench.execute();
        } catch (Proc.Failure e) {
            System.err.println();
            System.err.println("bench: FAILED: " + e.getMessage());
            System.err.println("bench: work files in " + settings.root().relativize(settings.work()));
            status = 1;
        } catch (Exception e) {
            System.err.println("bench: FAILED unexpectedly:");
            e.printStackTrace();
            status = 1;
        } finally {
            try {
                bench.cleanUp();
            } catch (RuntimeException e) {
                System.err.println("bench: cleaning up failed too: " + e.getMessage());
                status = 1;
            }
        }
        System.exit(status);
    }

    // ------------------------------------------------------------------ the run

    private void execute() throws Exception {
        long t0 = System.nanoTime();
        Files.createDirectories(settings.work());
        results.start(settings);
        checkPrerequisites();
        beheerder = token("bench-beheerder", "beheerder");
        step("ceiling database (pgbench -i)", () -> {
            freshDatabase(CEILING_DB);
            Proc.run(List.of("pgbench", "-i", "-q", "-s", "10", CEILING_DB), pgEnv(), workLog("pgbench-init"), Duration.ofMinutes(10));
        });
        if (settings.selected("b5")) {
            step("B5 start to ready", this::b5);
        } else if (anyOf("b1", "agenda", "b2", "b3")) {
            step("restart the services with the benchmark's settings", () -> {
                services("stop");
                services("start");
            });
        }
        if (settings.reshape()) {
            step("reshape the registry (ZK23 split in five)", this::reshape);
        }
        results.registry = describeRegistry();
        if (anyOf("b1", "agenda", "b2", "b3")) {
            step("set up the round and its aanspreekpunten", this::prepareRound);
        }
        if (settings.selected("b1")) {
            step("B1 registry reads", this::b1);
        }
        if (settings.selected("agenda")) {
            step("agenda read", this::agenda);
        }
        if (settings.selected("b2")) {
            step("B2 amendments", this::b2);
        }
        if (settings.selected("b3")) {
            step("B3 end-to-end lag", this::b3);
        }
        if (settings.selected("b5")) {
            step("B5 resident memory", () -> {
                for (String service : SERVICES) {
                    results.startup(service).rssMb = rssMb(servicePid(service));
                    log(service + ": RSS " + results.startup(service).rssMb + " MB");
                }
            });
        }
        if (settings.profile() && settings.selected("b1")) {
            step("B1 profile", () -> results.profiles.put("b1", profileUnderLoad("registry-service",
                    Wrk.script(settings.work().resolve("b1-profile.lua"), List.of(Wrk.Request.get(REGISTER + "/regios/" + regions.get(0), beheerder, Map.of()))),
                    REGISTER)));
        }
        if (settings.profile() && settings.selected("b2")) {
            step("B2 profile", () -> results.profiles.put("b2", profileUnderLoad("venster-service", settings.work().resolve("b2-amend.lua"), VENSTER)));
        }
        if (anyOf("b4", "b6", "b7")) {
            step("B4 rebuild", this::b4);
            if (settings.selected("b6")) {
                step("B6 reports over 500 regions", this::b6);
            }
            if (settings.selected("b7")) {
                step("B7 public national page", this::b7);
            }
            if (settings.profile()) {
                step("B4 profile", () -> results.profiles.put("b4",
                        Jfr.stop(jcmd, benchInstance.pid(), "bench", settings.work().resolve("b4.jfr"), workLog("jcmd"))));
            }
            stopBenchInstance();
        }
        results.finish();
        Report.write(settings, results);
        log("wrote " + settings.root().relativize(settings.report()) + " in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
    }

    private void cleanUp() {
        stopBenchInstance();
        if (servicesChanged) {
            log("restarting the services with their normal settings");
            servicesChanged = false;
            Map<String, String> normal = Map.of("SKIP_BUILD", "1");
            Proc.run(List.of(script("deploy/local/services.sh"), "stop"), normal, workLog("services"), Duration.ofMinutes(5));
            Proc.run(List.of(script("deploy/local/services.sh"), "start"), normal, workLog("services"), Duration.ofMinutes(10));
        }
    }

    private void checkPrerequisites() {
        for (String tool : List.of("wrk", "pgbench", "psql", "pg_dump", "runuser")) {
            try {
                Proc.run(List.of("sh", "-c", "command -v " + tool), Map.of(), null, Duration.ofSeconds(10));
            } catch (Proc.Failure e) {
                throw new Proc.Failure(tool + " is needed (Debian: wrk, postgresql-client, util-linux)");
            }
        }
        if (!Files.isExecutable(jcmd)) {
            throw new Proc.Failure(jcmd + " is missing: the services' JDK must be a JDK (jcmd), not a JRE");
        }
        for (String service : SERVICES) {
            if (!Files.exists(jar(service))) {
                throw new Proc.Failure(service + " is not built: run deploy/local/start.sh first");
            }
        }
    }

    // ------------------------------------------------------------------ B5

    private void b5() throws Exception {
        Pattern startedIn = Pattern.compile("started in ([0-9.]+)s");
        // Starts are timed on a quiet machine: not while the venster-service works off an earlier run's mail.
        mailQuiet("b5");
        for (String service : SERVICES) {
            Report.Startup startup = results.startup(service);
            // First a start that is not timed: it trains the start-up cache if the build is newer than it, and with
            // a JFR recording up to ready, shows where start-up goes (first, so no timed process carries a recording).
            services("stop", service);
            Map<String, String> env = new LinkedHashMap<>(benchEnv());
            if (settings.profile()) {
                env.put("SERVICE_JAVA_OPTS", System.getenv().getOrDefault("SERVICE_JAVA_OPTS", "")
                        + " -XX:StartFlightRecording=name=startup,settings=profile");
            }
            Proc.run(List.of(script("deploy/local/services.sh"), "start", service), env, workLog("services"), Duration.ofMinutes(10));
            servicesChanged = true;
            if (settings.profile()) {
                startup.profile = Jfr.stop(jcmd, servicePid(service), "startup", settings.work().resolve("b5-" + service + ".jfr"), workLog("jcmd"));
            }
            Matcher matcher = startedIn.matcher(Files.readString(settings.root().resolve(".local/run/" + service + ".log")));
            while (matcher.find()) {
                startup.quarkusStartedIn = matcher.group(1);
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < settings.starts(); i++) {
                services("stop", service);
                Process starter = Proc.start(List.of(script("deploy/local/services.sh"), "start", service), benchEnv(),
                        workLog("services"), null);
                String health = settings.health(PORTS.get(service));
                HttpRequest ready = HttpRequest.newBuilder(java.net.URI.create(health)).timeout(Duration.ofSeconds(1)).build();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                Instant readyAt = null;
                while (readyAt == null) {
                    try {
                        if (client.send(ready, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            readyAt = Instant.now();
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    if (readyAt == null) {
                        if (!starter.isAlive() && starter.exitValue() != 0) {
                            throw new Proc.Failure(service + " did not start (services.sh exited " + starter.exitValue()
                                    + "; see " + settings.root().relativize(workLog("services")) + ")");
                        }
                        if (System.nanoTime() > deadline) {
                            throw new Proc.Failure(service + " was not ready within 180 s");
                        }
                        Thread.sleep(20);
                    }
                }
                if (!starter.waitFor(5, TimeUnit.MINUTES) || starter.exitValue() != 0) {
                    throw new Proc.Failure("services.sh start " + service + " failed after the service got ready");
                }
                Instant started = ProcessHandle.of(servicePid(service)).flatMap(p -> p.info().startInstant())
                        .orElseThrow(() -> new Proc.Failure("the start time of " + service + "'s process is unknown"));
                seconds.add(Duration.between(started, readyAt).toMillis() / 1000.0);
            }
            startup.ready = Stats.of(seconds);
            log(service + ": ready " + startup.ready.format(2) + " s after process start");
        }
    }

    // ------------------------------------------------------------------ set-up of B1–B3

    /**
     * A round of the benchmark's own (2100 downwards: the first that is open or absent), a bestuurlijk
     * aanspreekpunt per financier for every region that exists today (the one the registry already has, else
     * one made here, valid from the region's own start), and one first submission per answer set, so that
     * every later PUT is an amendment.
     */
    private void prepareRound() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<JsonNode> found = api.all(REGISTER + "/regios?peildatum=" + today, beheerder);
        if (found.isEmpty()) {
            throw new Proc.Failure("no regions in the registry: start with deploy/local/start.sh (it seeds them)");
        }
        Map<String, LocalDate> starts = new LinkedHashMap<>();
        found.stream().sorted((a, b) -> a.get("code").asText().compareTo(b.get("code").asText()))
                .forEach(regio -> starts.put(regio.get("code").asText(), Api.date(regio.get("geldigVanaf"))));
        regions.addAll(starts.keySet());
        Map<String, String> subjects = new LinkedHashMap<>();
        for (String code : regions) {
            for (String financier : FINANCIERS) {
                subjects.put(code + "/" + financier, aanspreekpunt(code, financier, starts.get(code), today));
            }
        }
        for (year = 2100; year > 2090; year--) {
            Api.Answer round = api.send("GET", VENSTER + "/rondes/" + year, beheerder, null);
            if (round.status() == 404) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                ObjectNode invoer = Api.object().put("jaar", year).put("opent", now.minus(1, ChronoUnit.MINUTES).toString())
                        .put("sluit", now.plus(30, ChronoUnit.DAYS).toString());
                api.ok("POST", VENSTER + "/rondes", beheerder, invoer);
                api.ok("PUT", VENSTER + "/rondes/" + year + "/status", beheerder, Api.object().put("status", "open"));
                break;
            }
            if (round.status() == 200 && "open".equals(round.json().path("status").asText())) {
                // A round keeps the division of the day it opened; after a reshape the next year's round is used.
                int jaar = year;
                List<String> missing = regions.stream().filter(code -> api.send("GET", VENSTER + "/rondes/" + jaar + "/regios/" + code
                        + "/antwoorden", beheerder, null).status() == 404).toList();
                if (missing.isEmpty()) {
                    break;
                }
                log("round " + year + " has the division of an earlier day (without " + String.join(", ", missing) + "): closing it");
                api.ok("PUT", VENSTER + "/rondes/" + year + "/status", beheerder, Api.object().put("status", "gesloten"));
            }
        }
        if (year == 2090) {
            throw new Proc.Failure("no round between 2091 and 2100 is open or free for the benchmark");
        }
        ObjectNode body = Api.object();
        ArrayNode list = body.putArray("antwoorden");
        api.ok("GET", VENSTER + "/rondes/" + year, beheerder, null).path("vragen")
                .forEach(vraag -> list.addObject().put("vraag", vraag.get("code").asText()).put("score", 7));
        answers = body.toString();
        writeQuietly(settings.work().resolve("answers.json"), answers);
        for (String code : regions) {
            for (String financier : FINANCIERS) {
                String token = token(subjects.get(code + "/" + financier), "aanspreekpunt");
                String url = VENSTER + "/rondes/" + year + "/regios/" + code + "/antwoorden/" + financier;
                firstSubmission(url, token, code + "/" + financier);
                submissions.add(new LagProbe.Target(url, token, RAPPORTAGE + "/rondes/" + year + "/regios/" + code, financier));
            }
        }
        log("round " + year + " open with " + regions.size() + " regions × 3 answer sets");
    }

    /**
     * The normal life of the registry (issue 19): splits zorgkantoorregio Utrecht's single werkstructuur-region into
     * five, as of today, in one indelingswijziging; a registry where ZK23 is already split is left as it is.
     */
    private void reshape() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Answer zk23 = api.send("GET", REGISTER + "/regios/ZK23?peildatum=" + today, beheerder, null);
        if (zk23.status() == 404 || !zk23.json().path("geldigTot").isNull()) {
            log("ZK23 is not a region today any more: the registry is reshaped already");
            return;
        }
        List<String> gemeenten = new ArrayList<>();
        zk23.json().path("gemeenten").forEach(gemeente -> gemeenten.add(gemeente.get("code").asText()));
        String[] parts = {"ZK23-STAD", "ZK23-WEST", "ZK23-OOST", "ZK23-ZUID", "ZK23-NOORD"};
        ObjectNode change = Api.object().put("ingangsdatum", today.toString());
        ArrayNode nieuw = change.putArray("nieuweRegios");
        for (String part : parts) {
            nieuw.addObject().put("code", part).put("naam", "Utrecht " + part.substring(5).toLowerCase()).put("zorgkantoorregio", "ZK23");
        }
        ArrayNode moves = change.putArray("verplaatsingen");
        for (int i = 0; i < gemeenten.size(); i++) {
            moves.addObject().put("gemeente", gemeenten.get(i)).put("regio", parts[i % parts.length]);
        }
        change.putArray("beeindigdeRegios").add("ZK23");
        api.ok("POST", REGISTER + "/indelingswijzigingen", beheerder, change);
        log("ZK23 split in five as of " + today + " (" + gemeenten.size() + " gemeenten)");
    }

    /** What the report says of the registry the run used: its regions today, and whether ZK23 is split. */
    private String describeRegistry() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<JsonNode> current = api.all(REGISTER + "/regios?peildatum=" + today, beheerder);
        long utrecht = current.stream().filter(regio -> "ZK23".equals(regio.path("zorgkantoorregio").asText())).count();
        return current.size() + " werkstructuur-regions on " + today + "; zorgkantoorregio ZK23 has " + utrecht
                + (utrecht == 1 ? " (as seeded)" : " (reshaped by an indelingswijziging)");
    }

    /** The subject of the region's current bestuurlijk aanspreekpunt for the financier; made when there is none. */
    private String aanspreekpunt(String code, String financier, LocalDate regionStart, LocalDate today) {
        List<JsonNode> current = api.all(REGISTER + "/regios/" + code + "/rollen?rol=bestuurlijk-aanspreekpunt&financier="
                + financier + "&peildatum=" + today, beheerder);
        if (!current.isEmpty()) {
            String subject = api.ok("GET", REGISTER + "/contactpersonen/" + current.get(0).get("contactpersoon").asText(), beheerder, null)
                    .path("subject").asText("");
            if (subject.isEmpty()) {
                throw new Proc.Failure("the aanspreekpunt of " + code + "/" + financier + " has no subject");
            }
            return subject;
        }
        String name = "Bench " + code + " " + financier;
        String subject = "bench-" + code.toLowerCase() + "-" + financier;
        String contact = null;
        for (JsonNode candidate : api.all(REGISTER + "/contactpersonen?naam=" + Api.encode(name), beheerder)) {
            if (subject.equals(candidate.path("subject").asText())) {
                contact = candidate.get("id").asText();
            }
        }
        if (contact == null) {
            contact = api.ok("POST", REGISTER + "/contactpersonen", beheerder, Api.object().put("naam", name)
                    .put("organisatie", "Benchmark").put("subject", subject)).get("id").asText();
        }
        LocalDate from = regionStart == null ? today : regionStart;
        api.ok("POST", REGISTER + "/regios/" + code + "/rollen", beheerder, Api.object().put("contactpersoon", contact)
                .put("financier", financier).put("rol", "bestuurlijk-aanspreekpunt").put("vanaf", from.toString()));
        return subject;
    }

    /** The venster-service learns roles from the registry's events: retries until it has (428: answered before). */
    private void firstSubmission(String url, String token, String what) {
        Api.Answer answer = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            answer = api.send("PUT", url, token, answers);
            if (answer.status() / 100 == 2 || answer.status() == 428) {
                return;
            }
            sleep(500);
        }
        throw new Proc.Failure("the first answers for " + what + " were refused for 60 s: " + answer.status() + " " + answer.body());
    }

    // ------------------------------------------------------------------ B1, agenda, B2, B3

    private void b1() throws Exception {
        String regio = REGISTER + "/regios/" + regions.get(0);
        results.saturation.put("b1.trivial", saturation("b1.trivial", List.of(Wrk.Request.get(REGISTER + "/bestaat-niet", beheerder, Map.of()))));
        results.saturation.put("b1.regio", saturation("b1.regio", List.of(Wrk.Request.get(regio, beheerder, Map.of()))));
        results.saturation.put("b1.regios", saturation("b1.regios", List.of(Wrk.Request.get(REGISTER + "/regios", beheerder, Map.of()))));
        settle(regio);
        results.latency.put("b1.fixed", fixedRate("b1.fixed", 500, List.of(get(regio, Map.of()), get(REGISTER + "/regios", Map.of())), Set.of()));
        results.latency.put("b1.fixed.trivial", fixedRate("b1.fixed.trivial", 500, List.of(get(REGISTER + "/bestaat-niet", Map.of())), Set.of(404)));
        results.saturation.put("b1.pgbench", pgbench("b1.pgbench", List.of("-S")));
        results.b1Region = regions.get(0);
    }

    private void agenda() throws Exception {
        String url = AGENDA_PATH.formatted(regions.get(0));
        Api.Answer probe = api.send("GET", url, beheerder, null);
        if (probe.status() == 404 || probe.status() == 405) {
            results.notes.put("agenda", "not measured: `GET " + url.replace("http://127.0.0.1:8081", "") + "` answers " + probe.status()
                    + " (the agenda is not in this build yet)");
            return;
        }
        results.saturation.put("agenda", saturation("agenda", List.of(Wrk.Request.get(url, beheerder, Map.of()))));
        settle(url);
        results.latency.put("agenda.fixed", fixedRate("agenda.fixed", 500, List.of(get(url, Map.of())), Set.of()));
        results.agendaUrl = url;
    }

    private void b2() throws Exception {
        mailQuiet("b2");
        // The ceiling: what one amendment writes, as pgbench does it, in a scratch copy of the venster schema.
        Path schema = settings.work().resolve("venster-schema.sql");
        Files.writeString(schema, Proc.run(List.of("pg_dump", "-s", "venster"), pgEnv(), null, Duration.ofMinutes(2)));
        Proc.run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", schema.toString(), CEILING_DB), pgEnv(), workLog("psql"), Duration.ofMinutes(2));
        Proc.run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", CEILING_DB, "-c", "create sequence bench_versie", "-c",
                "insert into ronde (jaar, status, opent, sluit, voldoende_grens, spreidings_grens, versie)"
                        + " values (2100, 'OPEN', now(), now() + interval '30 days', 6, 3, 1)"), pgEnv(), workLog("psql"), Duration.ofMinutes(1));
        ObjectNode data = (ObjectNode) Api.JSON.readTree(answers);
        data.put("jaar", 2100).put("regio", "ZK01").put("financier", "gemeenten").put("versie", 2).put("ingediendOp", "2026-01-01T00:00:00Z");
        ObjectNode event = Api.object().put("specversion", "1.0").put("id", "8b1f8c5e-8f7a-4c8e-9d1a-000000000000")
                .put("source", "urn:nld:oin:00000000000000000000:systeem:venster-service").put("type", "nl.venster.antwoordset.ingediend")
                .put("subject", "rondes/2100/regios/ZK01/antwoorden/gemeenten").put("time", "2026-01-01T00:00:00Z")
                .put("datacontenttype", "application/json").put("sequence", "2").put("sequencetype", "Integer");
        event.set("data", data);
        // In base64: pgbench would take every ":name" inside the JSON for a variable.
        String encoded = Base64.getEncoder().encodeToString(event.toString().getBytes(StandardCharsets.UTF_8));
        Path sql = settings.work().resolve("b2-amendment.sql");
        Files.writeString(sql, """
                \\set regio random(1, 31)
                BEGIN;
                INSERT INTO antwoordset (jaar, regio, financier, versie, ingediend_op, ingediend_door)
                  VALUES (2100, 'ZK' || lpad(:regio::text, 2, '0'), 'gemeenten', nextval('bench_versie'), now(), 'demo-bench') RETURNING id \\gset
                INSERT INTO antwoord (antwoordset_id, volgorde, vraag, score, toelichting)
                  VALUES (:id, 0, 'proces', 7, NULL), (:id, 1, 'agenda', 7, NULL), (:id, 2, 'resultaten', 7, NULL);
                INSERT INTO outbox_event (id, topic, record_key, event_type, cloud_event)
                  VALUES (gen_random_uuid(), 'venster.antwoorden', '2100/ZK01', 'nl.venster.antwoordset.ingediend',
                  convert_from(decode('%s', 'base64'), 'UTF8')::jsonb);
                INSERT INTO audit_log (subject, action, resource_type, resource_id, details)
                  VALUES ('demo-bench', 'gewijzigd', 'antwoordset', '2100/ZK01/gemeenten', '{"versie": 2}'::jsonb);
                INSERT INTO bericht (id, jaar, regio, financier, reden, aanleiding, contactpersoon_id, ontvanger_naam, ontvanger_rol,
                  kopie, message_id, inhoud, status, volgende_poging, aangemaakt_op)
                  VALUES (gen_random_uuid(), 2100, 'ZK01', 'gemeenten', 'bevestiging', 'versie-' || :id, gen_random_uuid(), 'Bench',
                  'bestuurlijk-aanspreekpunt', false, gen_random_uuid()::text, repeat('x', 1200), 'wachtend', now(), now());
                COMMIT;
                """.formatted(encoded));
        // Amendments round-robin over every answer set, each with its aanspreekpunt's token.
        List<Wrk.Request> amendments = new ArrayList<>();
        List<HttpRequest> fixed = new ArrayList<>();
        for (LagProbe.Target target : submissions) {
            amendments.add(new Wrk.Request("PUT", target.putUrl(), Map.of("Authorization", "Bearer " + target.token(), "If-Match", "*"), answers));
            fixed.add(Http.request("PUT", target.putUrl(), target.token(), answers, List.of("If-Match: *")));
        }
        Wrk.script(settings.work().resolve("b2-amend.lua"), amendments);
        settle(VENSTER + "/rondes/" + year);
        results.saturation.put("b2.put", saturation("b2.put", amendments));
        settle(VENSTER + "/rondes/" + year);
        results.latency.put("b2.fixed", fixedRate("b2.fixed", 100, fixed, Set.of()));
        results.saturation.put("b2.pgbench", pgbench("b2.pgbench", List.of("-f", sql.toString())));
        results.b2Year = year;
        results.b2Sets = submissions.size();
    }

    private void b3() throws Exception {
        mailQuiet("b3");
        settle(VENSTER + "/rondes/" + year);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        long errors = 0;
        double putP99 = 0;
        // Ten regions' answer sets: the probe polls each region's detail every 10 ms while it waits, and over every
        // region that polling alone (up to 100 reads/s per region) would load the reporting-service it measures.
        List<LagProbe.Target> probed = submissions.subList(0, Math.min(B3_ANSWER_SETS, submissions.size()));
        try (KafkaProbe kafka = new KafkaProbe(settings.kafka())) {
            for (int i = 0; i < settings.runs(); i++) {
                long backlog = caughtUp(kafka);
                if (i == 0) {
                    results.b3Backlog = backlog;
                }
                LagProbe.Result run = LagProbe.measure(client, probed, answers, beheerder, List.of("If-Match: *"), 50,
                        settings.seconds(), i == 0 ? settings.warmup() : 2, 10);
                appendLog("loadgen-b3", run.toString());
                if (run.visible() == 0) {
                    throw new Proc.Failure("no submission became visible in the reporting region detail (failed PUTs: "
                            + run.failedPuts() + ", not visible within 15 s: " + run.neverVisible() + ")");
                }
                p50.add(run.lag().p50());
                p99.add(run.lag().p99());
                errors += run.failedPuts() + run.neverVisible();
                putP99 = run.put().p99();
            }
        }
        results.lag = new Report.Lag(Stats.of(p50), Stats.of(p99), errors, putP99);
        results.commands.add("loadgen lag: 50 submissions/s over " + probed.size() + " answer sets, " + settings.seconds()
                + " s, region details polled every 10 ms   # b3, "
                + settings.runs() + "×");
        log("b3: lag p50 " + results.lag.p50().format(1) + " ms, p99 " + results.lag.p99().format(1) + " ms (failed or not visible: " + errors + ")");
    }

    /**
     * Every accepted amendment queues a confirmation e-mail, and the local SMTP server (GreenMail) keeps every message in
     * memory: empties its mailboxes, then waits (at most 300 s) until the venster-service has sent every message that is
     * due, so that a benchmark measures its own load and not the relay working off the mail of the one before.
     */
    private void mailQuiet(String step) throws Exception {
        HttpResponse<String> purged = client.send(HttpRequest.newBuilder(URI.create(MAIL_PURGE))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (purged.statusCode() != 200) {
            throw new Proc.Failure("the SMTP server's mailboxes could not be emptied (" + MAIL_PURGE + ": " + purged.statusCode() + ")");
        }
        long start = System.nanoTime();
        long due = dueMessages();
        long first = due;
        while (due > 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(300)) {
            sleep(2000);
            due = dueMessages();
        }
        log(step + ": mailboxes emptied; " + first + " due messages sent in " + (System.nanoTime() - start) / 1_000_000_000L
                + " s (due now " + due + ")");
        if (due > 0) {
            throw new Proc.Failure("the venster-service still has " + due + " messages due after 300 s");
        }
    }

    private long dueMessages() {
        return Long.parseLong(Proc.run(List.of("psql", "-tA", "-c",
                "select count(*) from bericht where status = 'wachtend' and volgende_poging <= now()", "venster"),
                pgEnv(), null, Duration.ofMinutes(1)).trim());
    }

    /** Waits (at most 120 s) until the reporting-service has consumed every event; returns the backlog it found. */
    private long caughtUp(KafkaProbe kafka) throws Exception {
        Set<String> topics = Set.copyOf(REPORTING_TOPICS);
        long backlog = kafka.lag("reporting-service", topics);
        long start = System.nanoTime();
        long lag = backlog;
        while (lag > 0 && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
            sleep(1000);
            lag = kafka.lag("reporting-service", topics);
        }
        results.b3DrainSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        log("b3: reporting backlog of " + backlog + " events worked off in " + results.b3DrainSeconds + " s (lag now " + lag + ")");
        if (lag > 0) {
            throw new Proc.Failure("the reporting-service still lags " + lag + " events behind after 120 s");
        }
        return backlog;
    }

    // ------------------------------------------------------------------ B4, B6, B7

    private void b4() throws Exception {
        log("writing " + settings.events() + " synthetic answer events to " + PREFIX + "* topics");
        EventGenerator.Result produced = EventGenerator.generate(settings.kafka(), PREFIX, settings.events(), REGIONS_B4, ROUNDS_B4);
        Report.Rebuild rebuild = results.rebuild;
        rebuild.generator = produced.toString();
        List<Double> ceiling = new ArrayList<>();
        try (KafkaProbe kafka = new KafkaProbe(settings.kafka())) {
            for (int i = 0; i <= settings.runs(); i++) {
                double rate = kafka.consumeRate(PREFIX + "venster.antwoorden", settings.events());
                if (i > 0) {
                    // Run 0 warms the broker's page cache.
                    ceiling.add(rate);
                }
            }
        }
        rebuild.ceiling = Stats.of(ceiling);
        results.commands.add("loadgen events --prefix " + PREFIX + " --events " + settings.events() + " --regions " + REGIONS_B4 + " --rounds " + ROUNDS_B4);
        results.commands.add("a KafkaConsumer reading " + PREFIX + "venster.antwoorden from the start (all partitions assigned)   # b4 ceiling, "
                + settings.runs() + "× after one warm-up");
        startBenchInstance();
        if (settings.profile()) {
            Jfr.start(jcmd, benchInstance.pid(), "bench", workLog("jcmd"));
        }
        results.commands.add("curl -X POST -H 'Authorization: Bearer <beheerder>' " + BENCH_BASE + "/beheer/herbouw   # b4, 1 warm-up + "
                + settings.runs() + "×");
        List<Double> rates = new ArrayList<>();
        // The first rebuild warms up; one slower than REBUILD_SLOW_SECONDS counts and is not repeated.
        for (int i = 0; i <= settings.runs(); i++) {
            long wall = System.nanoTime();
            Api.Answer answer = api.send("POST", BENCH_BASE + "/beheer/herbouw", beheerder, null);
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            appendLog("herbouw", answer.body());
            if (answer.status() / 100 != 2) {
                throw new Proc.Failure("the rebuild failed after " + wallMs / 1000 + " s (" + answer.status() + "): "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            JsonNode result = answer.json();
            long ms = result.path("duurMs").asLong();
            long total = result.path("toegepast").asLong() + result.path("dubbel").asLong() + result.path("verouderd").asLong()
                    + result.path("ongeldig").asLong();
            rebuild.lastResult = answer.body();
            log("b4 rebuild " + i + ": " + total + " events in " + ms + " ms");
            if (i > 0 || ms > REBUILD_SLOW_SECONDS * 1000L) {
                rates.add(total * 1000.0 / Math.max(1, ms));
            }
            if (ms > REBUILD_SLOW_SECONDS * 1000L) {
                rebuild.note = "A rebuild took more than " + REBUILD_SLOW_SECONDS + " s, so it ran " + (i + 1) + " time(s) and every run counts.";
                break;
            }
        }
        rebuild.rate = Stats.of(rates);
    }

    private void b6() throws Exception {
        String overzicht = BENCH_BASE + "/rondes/" + B6_YEAR + "/overzicht";
        String csv = BENCH_BASE + "/rondes/" + B6_YEAR + "/regios?pageSize=100";
        results.saturation.put("b6.trivial", saturation("b6.trivial", List.of(Wrk.Request.get(BENCH_BASE + "/bestaat-niet", beheerder, Map.of()))));
        results.saturation.put("b6.overzicht", saturation("b6.overzicht", List.of(Wrk.Request.get(overzicht, beheerder, Map.of()))));
        results.saturation.put("b6.csv", saturation("b6.csv", List.of(Wrk.Request.get(csv, beheerder, Map.of("Accept", "text/csv")))));
        settle(overzicht);
        results.latency.put("b6.fixed.overzicht", fixedRate("b6.fixed.overzicht", 200, List.of(get(overzicht, Map.of())), Set.of()));
        settle(overzicht);
        results.latency.put("b6.fixed.csv", fixedRate("b6.fixed.csv", 200, List.of(get(csv, Map.of("Accept", "text/csv"))), Set.of()));
        results.latency.put("b6.fixed.trivial", fixedRate("b6.fixed.trivial", 200, List.of(get(BENCH_BASE + "/bestaat-niet", Map.of())), Set.of(404)));
    }

    /** B7: the public national page of round 2101 (500 regions) on the benchmark's instance, without a token. */
    private void b7() throws Exception {
        Api.Answer probe = api.send("GET", B7_PATH, null, null);
        if (probe.status() == 404 || probe.status() == 405) {
            results.notes.put("b7", "not measured: `GET " + B7_PATH.replace("http://127.0.0.1:" + BENCH_PORT, "") + "` answers "
                    + probe.status() + " (the public pages are not in this build yet)");
            return;
        }
        if (probe.status() != 200) {
            throw new Proc.Failure("GET " + B7_PATH + " answered " + probe.status() + ": " + probe.body());
        }
        Wrk.Request page = new Wrk.Request("GET", B7_PATH, Map.of(), null);
        results.saturation.put("b7", saturation("b7", List.of(page)));
        settle(B7_PATH);
        results.latency.put("b7.fixed", fixedRate("b7.fixed", 200, List.of(Http.request("GET", B7_PATH, null, null, List.of())), Set.of()));
    }

    // ------------------------------------------------------------------ measurements

    private Stats saturationRuns(String name, Path script, String url) {
        if (settings.warmup() > 0) {
            Wrk.run(script, url, Duration.ofSeconds(settings.warmup()), workLog("wrk-" + name));
        }
        List<Double> rates = new ArrayList<>();
        long non2xx = 0;
        CpuShare.Reading before = CpuShare.read(servicePids());
        for (int i = 0; i < settings.runs(); i++) {
            Wrk.Run run = Wrk.run(script, url, Duration.ofSeconds(settings.seconds()), workLog("wrk-" + name));
            rates.add(run.rate());
            non2xx += run.non2xx() + run.socketErrors();
        }
        results.cpu.put(name, new Report.CpuUse(CpuShare.between(before, CpuShare.read(servicePids())),
                rates.stream().mapToDouble(Double::doubleValue).sum() * settings.seconds()));
        results.non2xx.put(name, non2xx);
        return Stats.of(rates);
    }

    private Stats saturation(String name, List<Wrk.Request> requests) throws IOException {
        Path script = Wrk.script(settings.work().resolve(name + ".lua"), requests);
        results.commands.add("wrk -t" + Wrk.THREADS + " -c" + Wrk.CONNECTIONS + " -d" + settings.seconds() + "s -s " + name + ".lua   # "
                + requests.get(0).method() + " " + requests.get(0).url() + (requests.size() > 1 ? " and " + (requests.size() - 1) + " more" : "")
                + ", " + settings.runs() + "× after " + settings.warmup() + " s warm-up");
        Stats stats = saturationRuns(name, script, requests.get(0).url());
        log(name + ": " + stats.format(0) + " req/s (non-2xx or socket errors: " + results.non2xx.get(name) + ")");
        return stats;
    }

    private Report.Latency fixedRate(String name, int rate, List<HttpRequest> requests, Set<Integer> expected) throws InterruptedException {
        results.commands.add("loadgen rate --rate " + rate + " --seconds " + settings.seconds() + " --warmup " + settings.warmup()
                + ",2,2.. (" + requests.get(0).method() + " " + requests.get(0).uri() + (requests.size() > 1 ? " and " + (requests.size() - 1) + " more" : "")
                + ")   # " + name + ", " + settings.runs() + "×");
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        long errors = 0;
        for (int i = 0; i < settings.runs(); i++) {
            // The first run warms the service up; later ones only need the load generator warm.
            FixedRateLoad.Result run = FixedRateLoad.measure(client, requests, rate, settings.seconds(), i == 0 ? settings.warmup() : 2);
            appendLog("loadgen-" + name, run.toString());
            p50.add(run.latency().p50());
            p99.add(run.latency().p99());
            errors += run.failures(expected);
        }
        Report.Latency latency = new Report.Latency(Stats.of(p50), Stats.of(p99), errors, rate);
        log(name + " at " + rate + "/s: p50 " + latency.p50().format(2) + " ms, p99 " + latency.p99().format(2) + " ms, errors " + errors);
        return latency;
    }

    private Stats pgbench(String name, List<String> workload) {
        List<String> base = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", "8", "-j", "2"));
        results.commands.add(String.join(" ", base) + " -T " + settings.seconds() + " " + String.join(" ", workload).replace(settings.work() + "/", "")
                + " " + CEILING_DB + "   # " + name + ", " + settings.runs() + "× after " + settings.warmup() + " s warm-up");
        Pattern tps = Pattern.compile("(?m)^tps = ([0-9.]+)");
        List<Double> values = new ArrayList<>();
        for (int i = settings.warmup() > 0 ? -1 : 0; i < settings.runs(); i++) {
            List<String> command = new ArrayList<>(base);
            command.addAll(List.of("-T", Integer.toString(i < 0 ? settings.warmup() : settings.seconds())));
            command.addAll(workload);
            command.add(CEILING_DB);
            String output = Proc.run(command, pgEnv(), workLog("pgbench-" + name), Duration.ofSeconds(settings.seconds() + settings.warmup() + 120L));
            if (i < 0) {
                continue;
            }
            Matcher matcher = tps.matcher(output);
            if (!matcher.find()) {
                throw new Proc.Failure("pgbench printed no tps:\n" + Proc.tail(output, 15));
            }
            values.add(Double.parseDouble(matcher.group(1)));
        }
        Stats stats = Stats.of(values);
        log(name + ": " + stats.format(0) + " tps");
        return stats;
    }

    /** One unmeasured saturation run with a JFR recording of the service (JFR costs CPU of its own). */
    private Jfr.Profile profileUnderLoad(String service, Path script, String url) {
        long pid = servicePid(service);
        Jfr.start(jcmd, pid, "bench", workLog("jcmd"));
        Wrk.run(script, url, Duration.ofSeconds(settings.seconds()), workLog("wrk-profile"));
        return Jfr.stop(jcmd, pid, "bench", settings.work().resolve(service + ".jfr"), workLog("jcmd"));
    }

    /**
     * Waits (at most 90 s) until a GET answers within half a second, or as fast as the one before, so that
     * requests still queued from an overloaded phase do not spill into the next measurement.
     */
    private void settle(String url) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        double previous = -1;
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            api.send("GET", url, beheerder, null);
            double took = (System.nanoTime() - t) / 1e9;
            if (took < 0.5 || (previous > 0 && took >= 0.8 * previous)) {
                return;
            }
            previous = took;
            sleep(1000);
        }
        log("WARNING: " + url + " still answers slowly; measuring anyway");
    }

    // ------------------------------------------------------------------ processes and helpers

    private void services(String command, String... names) {
        List<String> arguments = new ArrayList<>(List.of(script("deploy/local/services.sh"), command));
        arguments.addAll(List.of(names));
        Proc.run(arguments, benchEnv(), workLog("services"), Duration.ofMinutes(10));
        servicesChanged = true;
    }

    /** The services during the benchmark: the write rate limit off (the load comes from few clients). */
    private Map<String, String> benchEnv() {
        return Map.of("API_WRITE_RATE_LIMIT_PER_MINUTE", "0", "SKIP_BUILD", "1");
    }

    /** The separate reporting-service for B4, B6 and B7: own port and database, bench.* topics, its own group. */
    private void startBenchInstance() {
        freshDatabase(BENCH_DB);
        List<String> command = new ArrayList<>(List.of(settings.serviceJava()));
        command.addAll(settings.reportingFlags());
        command.addAll(List.of("-jar", jar("reporting-service").toString()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_DATASOURCE_USERNAME", "venster");
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.dbPassword());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + BENCH_DB);
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafka());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + settings.root().resolve(".local/secrets/jwt-public.pem"));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(BENCH_PORT));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort(BENCH_PORT)));
        env.put("EVENTS_TOPIC_PREFIX", PREFIX);
        env.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", "bench-reporting-" + settings.work().getFileName());
        env.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_AUTO_OFFSET_RESET", "latest");
        benchInstance = Proc.start(command, env, settings.work().resolve("reporting-bench.log"), settings.root().resolve("reporting-service"));
        String health = settings.health(BENCH_PORT);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (api.sendQuietly(health) != 200) {
            if (!benchInstance.isAlive()) {
                throw new Proc.Failure("the benchmark's reporting instance exited (" + benchInstance.exitValue() + "):\n"
                        + Proc.tail(readQuietly(settings.work().resolve("reporting-bench.log")), 30));
            }
            if (System.nanoTime() > deadline) {
                throw new Proc.Failure("the benchmark's reporting instance was not ready within 180 s");
            }
            sleep(200);
        }
    }

    private void stopBenchInstance() {
        if (benchInstance != null) {
            Proc.stop(benchInstance.toHandle(), Duration.ofSeconds(20));
            benchInstance = null;
        }
    }

    private void freshDatabase(String name) {
        // As the cluster's superuser: the services' role may not create databases.
        Proc.run(List.of("runuser", "-u", "postgres", "--", "psql", "-q", "-v", "ON_ERROR_STOP=1", "-c", "set client_min_messages = warning",
                "-c", "drop database if exists " + name + " with (force)", "-c", "create database " + name + " owner venster"),
                Map.of(), workLog("psql"), Duration.ofMinutes(2));
    }

    private Map<String, String> pgEnv() {
        return Map.of("PGHOST", "127.0.0.1", "PGUSER", "venster", "PGPASSWORD", settings.dbPassword());
    }

    private String token(String subject, String role) {
        return Proc.run(List.of(script("deploy/local/token.sh"), subject, role, "180"), Map.of(), null, Duration.ofSeconds(30)).strip();
    }

    private HttpRequest get(String url, Map<String, String> headers) {
        List<String> extra = new ArrayList<>();
        headers.forEach((name, value) -> extra.add(name + ": " + value));
        return Http.request("GET", url, beheerder, null, extra);
    }

    /** The pids of the services that run now (the benchmark's own reporting instance is not one of them). */
    private Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : SERVICES) {
            if (Files.exists(settings.root().resolve(".local/run/" + service + ".pid"))) {
                pids.put(service, servicePid(service));
            }
        }
        return pids;
    }

    private long servicePid(String service) {
        try {
            String pid = Files.readString(settings.root().resolve(".local/run/" + service + ".pid")).strip().split("\\s+")[0];
            return Long.parseLong(pid);
        } catch (IOException | NumberFormatException e) {
            throw new Proc.Failure(service + " has no pid file of ours: is it running (deploy/local/services.sh status)?", e);
        }
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
            }
        }
        throw new Proc.Failure("no VmRSS for pid " + pid);
    }

    private Path jar(String service) {
        return settings.root().resolve(service + "/target/quarkus-app/quarkus-run.jar");
    }

    private String script(String relative) {
        return settings.root().resolve(relative).toString();
    }

    private Path workLog(String name) {
        return settings.work().resolve(name + ".log");
    }

    private void appendLog(String name, String text) {
        try {
            Files.writeString(workLog(name), text + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new Proc.Failure("cannot write " + workLog(name), e);
        }
    }

    private boolean anyOf(String... benchmarks) {
        for (String benchmark : benchmarks) {
            if (settings.selected(benchmark)) {
                return true;
            }
        }
        return false;
    }

    /** A step of the run: logged, and a failure names the step. */
    private void step(String name, Action action) {
        log(name);
        try {
            action.run();
        } catch (Proc.Failure e) {
            throw new Proc.Failure(name + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new Proc.Failure(name + ": " + e, e);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    static void log(String message) {
        System.err.printf("%s [bench] %s%n", java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS), message);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Proc.Failure("interrupted", e);
        }
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new Proc.Failure("cannot write " + file, e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
