package nl.venster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BENCHMARKS.md, written from the run's typed results. */
final class Report {

    /** A fixed-rate measurement: percentiles over the runs (ms) and the failed requests of all runs. */
    record Latency(Stats p50, Stats p99, long errors, int rate) {
    }

    /** B3's lag (ms). */
    record Lag(Stats p50, Stats p99, long errors, double lastPutP99) {
    }

    /** B5 of one service. */
    static final class Startup {
        Stats ready;
        String quarkusStartedIn;
        Jfr.Profile profile;
        Long rssMb;
    }

    /** B4. */
    static final class Rebuild {
        Stats rate;
        Stats ceiling;
        String generator;
        String lastResult;
        String note;
    }

    /** Everything the run measured, and the machine it ran on. */
    static final class Results {
        final Map<String, Stats> saturation = new LinkedHashMap<>();
        final Map<String, Long> non2xx = new LinkedHashMap<>();
        final Map<String, Latency> latency = new LinkedHashMap<>();
        final Map<String, Jfr.Profile> profiles = new LinkedHashMap<>();
        /** Where the CPU went during a saturation's measured runs, and how many requests those runs served. */
        final Map<String, CpuUse> cpu = new LinkedHashMap<>();
        final Map<String, String> notes = new LinkedHashMap<>();
        final Map<String, Startup> startups = new LinkedHashMap<>();
        final List<String> commands = new ArrayList<>();
        final Rebuild rebuild = new Rebuild();
        Lag lag;
        String b1Region;
        String registry;
        String agendaUrl;
        int b2Year;
        int b2Sets;
        long b3Backlog;
        long b3DrainSeconds;
        ZonedDateTime date;
        String loadAtStart;
        long[] cpuAtStart;
        double stealPercent;

        Startup startup(String service) {
            return startups.computeIfAbsent(service, s -> new Startup());
        }

        void start(Bench.Settings settings) throws IOException {
            date = ZonedDateTime.now(ZoneOffset.UTC);
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            loadAtStart = load[0] + " " + load[1] + " " + load[2];
            cpuAtStart = cpuTicks();
        }

        void finish() throws IOException {
            long[] now = cpuTicks();
            long total = 0;
            for (int i = 0; i < now.length; i++) {
                total += now[i] - cpuAtStart[i];
            }
            // The 8th value of the cpu line: time the hypervisor gave to other guests.
            stealPercent = total > 0 ? 100.0 * (now[7] - cpuAtStart[7]) / total : 0;
        }

        private static long[] cpuTicks() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] parts = line.trim().split("\\s+");
                    long[] ticks = new long[8];
                    for (int i = 0; i < 8; i++) {
                        ticks[i] = Long.parseLong(parts[i + 1]);
                    }
                    return ticks;
                }
            }
            throw new Proc.Failure("/proc/stat has no cpu line");
        }
    }

    private final Bench.Settings settings;
    private final Results r;
    private final StringBuilder out = new StringBuilder();

    private Report(Bench.Settings settings, Results results) {
        this.settings = settings;
        this.r = results;
    }

    static void write(Bench.Settings settings, Results results) throws IOException {
        Report report = new Report(settings, results);
        report.all();
        String text = report.out.toString();
        if (settings.update() && Files.exists(settings.report())) {
            text = updateSections(Files.readString(settings.report()), text, "(This section: a separate run on "
                    + results.date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ", commit " + report.commit()
                    + ", `BENCH_UPDATE=1 BENCH_ONLY=\"" + String.join(" ", new java.util.TreeSet<>(settings.only()))
                    + "\" deploy/bench/run.sh`, load average at its start " + results.loadAtStart + ".)");
        }
        Files.writeString(settings.report(), text);
    }

    /**
     * The existing report with each benchmark section ({@code ### Bn ...}) that the fresh report has replaced by the
     * fresh one, marked with where it comes from; everything else of the existing report stays as it was.
     */
    static String updateSections(String existing, String fresh, String origin) {
        Map<String, String> freshSections = sections(fresh);
        StringBuilder result = new StringBuilder();
        Matcher heading = SECTION.matcher(existing);
        int position = 0;
        while (heading.find()) {
            int end = sectionEnd(existing, heading.end());
            String replacement = freshSections.get(heading.group(1));
            result.append(existing, position, heading.start());
            result.append(replacement == null ? existing.substring(heading.start(), end) : replacement.stripTrailing() + "\n\n" + origin + "\n\n");
            position = end;
        }
        return result.append(existing.substring(position)).toString();
    }

    private static final Pattern SECTION = Pattern.compile("(?m)^### (\\S+)");

    private static Map<String, String> sections(String report) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(report);
        while (heading.find()) {
            sections.put(heading.group(1), report.substring(heading.start(), sectionEnd(report, heading.end())));
        }
        return sections;
    }

    private static int sectionEnd(String report, int from) {
        Matcher next = Pattern.compile("(?m)^##").matcher(report);
        return next.find(from) ? next.start() : report.length();
    }

    private void all() throws IOException {
        int runs = settings.runs();
        line("# Benchmarks");
        line();
        line("Written by `deploy/bench/run.sh` (the Java harness in deploy/bench/loadgen, `Bench`); do not edit by hand. Figures are");
        line("the median of " + runs + " runs with the spread (min–max) in brackets; every run follows a warm-up. Ratios compare medians");
        line("measured in this run.");
        if (runs == 1) {
            line("**Single short runs (BENCH_QUICK or BENCH_RUNS=1): these figures prove the harness, they measure nothing.**");
        }
        line();
        machine();
        line("## Results");
        line();
        if (settings.selected("b1") && r.b1Region != null) {
            b1();
        }
        if (settings.selected("agenda")) {
            agenda();
        }
        if (settings.selected("b2") && r.saturation.containsKey("b2.put")) {
            b2();
        }
        if (settings.selected("b3") && r.lag != null) {
            b3();
        }
        if (settings.selected("b4") && r.rebuild.rate != null) {
            b4();
        }
        if (settings.selected("b5") && !r.startups.isEmpty()) {
            b5();
        }
        if (settings.selected("b6") && r.saturation.containsKey("b6.overzicht")) {
            b6();
        }
        if (settings.selected("b7")) {
            b7();
        }
        tried();
        line("## Commands");
        line();
        line("```sh");
        line("deploy/local/start.sh");
        line((settings.reshape() ? "BENCH_RESHAPE=1 " : "") + "deploy/bench/run.sh   # BENCH_RUNS=" + runs + " BENCH_SECONDS=" + settings.seconds() + " BENCH_WARMUP=" + settings.warmup()
                + " BENCH_STARTS=" + settings.starts() + " BENCH_EVENTS=" + settings.events());
        line("# which runs (work files, with the wrk scripts and JFR recordings: .local/bench/<run>/):");
        r.commands.forEach(command -> line(command.replace(settings.work() + "/", "").replaceAll("eyJ[A-Za-z0-9_.-]+", "\\$TOKEN")));
        line("```");
    }

    /** The targets this machine does not reach, why, and what was tried: written by hand, kept next to the harness. */
    private void tried() throws IOException {
        Path tried = settings.root().resolve("deploy/bench/tried.md");
        if (!Files.exists(tried)) {
            return;
        }
        line("## Targets missed here: why, and what was tried");
        line();
        line("(From `deploy/bench/tried.md`, written by hand; the figures in the sections above are this run's.)");
        line();
        Files.readAllLines(tried).forEach(this::line);
        line();
    }

    private void machine() throws IOException {
        line("## Machine and run");
        line();
        line("| | |");
        line("|---|---|");
        line("| date | " + r.date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + " |");
        line("| commit | " + commit() + " |");
        line("| CPU | " + Runtime.getRuntime().availableProcessors() + " × " + cpuModel() + " |");
        line("| memory | " + memory() + " |");
        line("| kernel | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
        line("| services' JDK | " + Proc.run(List.of(settings.serviceJava(), "--version"), Map.of(), null, Duration.ofSeconds(30)).lines()
                .findFirst().orElse("?") + " (the load generator: " + System.getProperty("java.vm.name") + " " + Runtime.version() + ") |");
        line("| service JVM flags | `" + settings.serviceFlagsText() + "` |");
        line("| registry | " + r.registry + " |");
        line("| load average at the start | " + r.loadAtStart + " |");
        line("| CPU time stolen by the hypervisor during the run | " + fmt(r.stealPercent, 1) + " % |");
        line("| settings | " + settings.runs() + " runs × " + settings.seconds() + " s after " + settings.warmup() + " s warm-up; wrk -t"
                + Wrk.THREADS + " -c" + Wrk.CONNECTIONS + "; " + settings.starts() + " starts per service; " + settings.events() + " events |");
        line();
        line("PostgreSQL, Kafka, the services, the load generators and the ceilings share the same "
                + Runtime.getRuntime().availableProcessors() + " cores, so every");
        line("figure includes the load generator's own CPU use. Saturation is closed-model (wrk); latency percentiles are");
        line("open-model at a fixed rate, measured from each request's intended send time (deploy/bench/loadgen).");
        line();
    }

    private void b1() {
        Stats trivial = r.saturation.get("b1.trivial");
        line("### B1 — registry reads: `GET /regios/{code}`, `GET /regios`");
        line();
        tableHeader("req/s");
        row("`GET /regios/" + r.b1Region + "` vs. trivial endpoint", r.saturation.get("b1.regio"), trivial, "≥ 3,000 req/s: " + atLeast(r.saturation.get("b1.regio"), 3000));
        row("`GET /regios` (page of 20) vs. trivial endpoint", r.saturation.get("b1.regios"), trivial, "≥ 3,000 req/s: " + atLeast(r.saturation.get("b1.regios"), 3000));
        row("`GET /regios/" + r.b1Region + "` vs. `pgbench -S` (tps)", r.saturation.get("b1.regio"), r.saturation.get("b1.pgbench"), "");
        line();
        Latency fixed = r.latency.get("b1.fixed");
        line("At a fixed 500 req/s (both URLs alternately): p50 " + fixed.p50().format(2) + " ms, **p99 " + fixed.p99().format(2) + " ms**");
        line("(target < 10 ms: " + below(fixed.p99(), 10) + "); errors: " + fixed.errors() + ". Trivial endpoint: `GET /api/register/v1/bestaat-niet`");
        line("(404 problem+json through the same HTTP stack and filters, no database, no token verification).");
        line("For the p99: " + latencyCeiling(fixed, r.latency.get("b1.fixed.trivial")) + ".");
        line();
        profile("Profile of the registry-service during one more saturation run of `GET /regios/{code}` after the measurements (JFR):", r.profiles.get("b1"));
    }

    private void agenda() {
        line("### Agenda read (B1 targets): `GET /regios/{code}/agendas`");
        line();
        if (r.notes.containsKey("agenda")) {
            line(capitalised(r.notes.get("agenda")) + ". The harness measures it as soon as the endpoint answers (`Bench.AGENDA_PATH`).");
            line();
            return;
        }
        tableHeader("req/s");
        row("`" + r.agendaUrl.replace(Bench.REGISTER, "") + "` vs. trivial endpoint", r.saturation.get("agenda"), r.saturation.get("b1.trivial"),
                "≥ 3,000 req/s: " + atLeast(r.saturation.get("agenda"), 3000));
        line();
        Latency fixed = r.latency.get("agenda.fixed");
        line("At a fixed 500 req/s: p50 " + fixed.p50().format(2) + " ms, **p99 " + fixed.p99().format(2) + " ms** (target < 10 ms: "
                + below(fixed.p99(), 10) + "); errors: " + fixed.errors() + ".");
        line();
    }

    private void b2() {
        line("### B2 — amendments: `PUT /rondes/" + r.b2Year + "/regios/{regio}/antwoorden/{financier}` (If-Match: \\*)");
        line();
        tableHeader("req/s");
        row("amendments over " + r.b2Sets + " answer sets vs. pgbench with the same inserts (tps)", r.saturation.get("b2.put"),
                r.saturation.get("b2.pgbench"), "≥ 500 req/s: " + atLeast(r.saturation.get("b2.put"), 500));
        line();
        Latency fixed = r.latency.get("b2.fixed");
        line("Non-2xx at saturation: " + r.non2xx.get("b2.put") + ". At a fixed 100 req/s: p50 " + fixed.p50().format(2) + " ms, **p99 "
                + fixed.p99().format(2) + " ms**");
        line("(target < 50 ms: " + below(fixed.p99(), 50) + "); errors: " + fixed.errors() + ".");
        line("The pgbench script (8 clients): answer-set version, its three answers, the outbox row and the audit row in one");
        line("transaction, in a scratch copy of the venster schema. The service also takes the round's shared advisory lock and the");
        line("answer set's advisory lock, checks the aanspreekpunt's roles in the replica and reads the current version number;");
        line("the outbox relay publishes from a thread of its own after the commit.");
        line();
        cpu("amendment", r.cpu.get("b2.put"), 500);
        profile("Profile of the venster-service during one more saturation run of the amendments after the measurements (JFR):", r.profiles.get("b2"));
    }

    /** CPU seconds per process group over a saturation's measured runs, and the requests they served. */
    record CpuUse(CpuShare.Window window, double operations) {
    }

    /**
     * Where the cores went at saturation, per process group and per request, and what the target rate would take at
     * that cost: on a machine whose cores are full, that sum is the ceiling whatever the service does on its own.
     */
    private void cpu(String operation, CpuUse use, int targetRate) {
        if (use == null || use.operations() <= 0) {
            return;
        }
        CpuShare.Window window = use.window();
        line("CPU during the measured saturation runs (" + fmt(window.wallSeconds(), 0) + " s, " + Math.round(use.operations())
                + " requests; /proc per process, % of one core; the machine has " + window.cores() + "):");
        line();
        line("| process | CPU | ms per " + operation + " |");
        line("|---|---|---|");
        double total = 0;
        for (String group : CpuShare.GROUPS) {
            double seconds = window.seconds().getOrDefault(group, 0.0);
            total += seconds;
            if (seconds > 0) {
                line("| " + group + " | " + fmt(100 * seconds / window.wallSeconds(), 0) + " % | "
                        + fmt(1000 * seconds / use.operations(), 2) + " |");
            }
        }
        double perOperation = 1000 * total / use.operations();
        line("| **all** | **" + fmt(100 * total / window.wallSeconds(), 0) + " %** of " + 100 * window.cores() + " % | **"
                + fmt(perOperation, 2) + "** |");
        line();
        line("At " + fmt(perOperation, 2) + " ms of CPU per " + operation + " across the machine, " + targetRate + "/s would take "
                + fmt(perOperation * targetRate / 1000, 1) + " cores; this machine has " + window.cores() + " (busy "
                + fmt(window.busyPercent(), 0) + " % during these runs).");
        line();
    }

    private void b3() {
        Lag lag = r.lag;
        // A submission that failed or never showed counts against the target, whatever the others did.
        String p50 = lag.errors() > 0 ? "**missed**" : below(lag.p50(), 100);
        String p99 = lag.errors() > 0 ? "**missed**" : below(lag.p99(), 300);
        line("### B3 — end-to-end lag: PUT 2xx → reporting region detail shows that version");
        line();
        line("At 50 submissions/s over the answer sets of the first " + Bench.B3_ANSWER_SETS / 3 + " regions (the probe's own polling of every"
                + " region would load the service it measures), " + settings.runs() + " × " + settings.seconds() + " s: **p50 " + lag.p50().format(1) + " ms** (target < 100: "
                + p50 + "),");
        line("**p99 " + lag.p99().format(1) + " ms** (target < 300: " + p99 + "); failed or not visible within 15 s: " + lag.errors());
        line("(percentiles are over the submissions that did show).");
        line("Resolution: each region's detail is polled every 10 ms while submissions of that region wait; each run");
        line("starts once the reporting-service has no consumer lag (Kafka Admin API). The path: venster transaction → outbox relay →");
        line("Kafka → reporting consumer (one transaction per polled batch, each touched region recomputed once) → region detail. No ceiling:");
        line("for scale, the PUT's own p99 in the last run was " + fmt(lag.lastPutP99(), 2) + " ms.");
        line("Live consumption: before the first run the reporting-service worked off the " + r.b3Backlog + " events B2 left");
        line("behind in " + r.b3DrainSeconds + " s (one-second polling of the consumer lag).");
        line();
    }

    private void b4() {
        Rebuild b = r.rebuild;
        line("### B4 — rebuilding the reporting model from " + settings.events() + " answer events");
        line();
        tableHeader("events/s");
        row("`POST /beheer/herbouw` vs. a plain KafkaConsumer on the same topic (msg/s)", b.rate, b.ceiling, "≥ 10,000 events/s: " + atLeast(b.rate, 10000));
        line();
        if (b.note != null) {
            line(b.note);
        }
        line("Events: " + Bench.REGIONS_B4 + " regions, " + Bench.ROUNDS_B4 + " rounds (from " + Bench.B6_YEAR + "), " + settings.events()
                + " answer-set events (" + Bench.REGIONS_B4 * 3 * Bench.ROUNDS_B4 + " sets, later events are newer");
        line("versions), on `" + Bench.PREFIX + "*` topics with 6 partitions; generator: `" + b.generator + "`. Rebuilt by a separate");
        line("reporting-service on port " + Bench.BENCH_PORT + " with database `" + Bench.BENCH_DB + "`; one warm-up rebuild, then "
                + settings.runs() + " measured. Last result:");
        line("`" + b.lastResult + "`.");
        line();
        profile("Profile of the benchmark's reporting-service during B4, B6 and B7 (JFR):", r.profiles.get("b4"));
    }

    private void b5() {
        line("### B5 — start to ready and resident memory");
        line();
        line("| service | process start → ready (s) | target < 3 s | RSS after B1–B3 (MB) | target < 300 MB |");
        line("|---|---|---|---|---|");
        r.startups.forEach((service, s) -> line("| " + service + " | " + (s.ready == null ? "–" : s.ready.format(2)) + " | "
                + (s.ready == null ? "–" : below(s.ready, 3)) + " | " + (s.rssMb == null ? "–" : s.rssMb) + " | "
                + (s.rssMb == null ? "–" : s.rssMb < 300 ? "met" : "**missed**") + " |"));
        line();
        line("Each service restarted on its own " + settings.starts() + " times (`deploy/local/services.sh stop|start <service>`), the others");
        line("running, from its start-up cache (deploy/local/lib.sh: the JDK 25 AOT cache of a training start; AppCDS on JDK 17/21);");
        line("readiness (`" + settings.health(8081).replace("http://127.0.0.1:8081", "") + "` 200) polled every 20 ms; the start time is the process's own (ProcessHandle).");
        line("RSS: VmRSS of each service after B1–B3 (before the profiling runs, so without JFR buffers).");
        line("Before the timed starts, one start with a JFR recording up to ready (not timed; Quarkus's own \"started in\" for it in");
        line("brackets; that start also retrains the cache when the build is newer than it). JFR's module keeps the JVM from using the");
        line("AOT cache, so these profiles show the start-up work the cache saves:");
        line();
        r.startups.forEach((service, s) -> {
            line("**" + service + "** (started in " + (s.quarkusStartedIn == null ? "?" : s.quarkusStartedIn) + " s): "
                    + (s.profile == null ? "(no profile)" : cpu(s.profile)));
            line();
        });
    }

    private void b6() {
        Stats trivial = r.saturation.get("b6.trivial");
        line("### B6 — reports over 500 regions (benchmark instance, round " + Bench.B6_YEAR + ")");
        line();
        tableHeader("req/s");
        row("`GET /rondes/" + Bench.B6_YEAR + "/overzicht` vs. trivial endpoint", r.saturation.get("b6.overzicht"), trivial,
                "≥ 1,000 req/s: " + atLeast(r.saturation.get("b6.overzicht"), 1000));
        row("`GET /rondes/" + Bench.B6_YEAR + "/regios?pageSize=100`, `Accept: text/csv` vs. trivial endpoint", r.saturation.get("b6.csv"), trivial,
                "≥ 1,000 req/s: " + atLeast(r.saturation.get("b6.csv"), 1000));
        line();
        Latency overzicht = r.latency.get("b6.fixed.overzicht");
        Latency csv = r.latency.get("b6.fixed.csv");
        line("At a fixed 200 req/s: overview p99 **" + overzicht.p99().format(2) + " ms** (target < 20: " + below(overzicht.p99(), 20) + "),");
        line("CSV p99 **" + csv.p99().format(2) + " ms** (target < 20: " + below(csv.p99(), 20) + "); errors: " + (overzicht.errors() + csv.errors()) + ".");
        line("The CSV export pages at most 100 rows (the API's page-size limit); each page is computed over all 500 regions.");
        line("For the overview's p99: " + latencyCeiling(overzicht, r.latency.get("b6.fixed.trivial")) + ".");
        line();
    }

    private void b7() {
        line("### B7 — public national page of a round with 500 regions (benchmark instance, no token)");
        line();
        if (r.notes.containsKey("b7")) {
            line(capitalised(r.notes.get("b7")) + ". The harness measures it as soon as the page answers (`Bench.B7_PATH`).");
            line();
            return;
        }
        if (!r.saturation.containsKey("b7")) {
            line("Not measured (B4 did not run).");
            line();
            return;
        }
        tableHeader("req/s");
        row("`" + Bench.B7_PATH.replace("http://127.0.0.1:" + Bench.BENCH_PORT, "") + "` vs. trivial endpoint", r.saturation.get("b7"),
                r.saturation.get("b6.trivial"), "≥ 1,000 req/s: " + atLeast(r.saturation.get("b7"), 1000));
        line();
        Latency fixed = r.latency.get("b7.fixed");
        line("At a fixed 200 req/s: p50 " + fixed.p50().format(2) + " ms, **p99 " + fixed.p99().format(2) + " ms** (target < 50 ms: "
                + below(fixed.p99(), 50) + "); errors: " + fixed.errors() + ".");
        line();
    }

    // ------------------------------------------------------------------ pieces

    private void tableHeader(String unit) {
        line("| workload | " + unit + " | ceiling | ratio | target |");
        line("|---|---|---|---|---|");
    }

    private void row(String label, Stats measured, Stats ceiling, String target) {
        line("| " + label + " | " + (measured == null ? "–" : measured.format(0)) + " | " + (ceiling == null ? "–" : ceiling.format(0)) + " | "
                + Stats.ratio(measured, ceiling) + " | " + target + " |");
    }

    private String latencyCeiling(Latency measured, Latency ceiling) {
        if (ceiling == null) {
            return "no ceiling measured";
        }
        return "the trivial endpoint at the same rate (the ceiling): p50 " + ceiling.p50().format(2) + " ms, p99 " + ceiling.p99().format(2)
                + " ms; ratio of the p99s " + Stats.ratio(measured.p99(), ceiling.p99());
    }

    private void profile(String title, Jfr.Profile profile) {
        if (profile == null) {
            return;
        }
        line(title);
        line();
        line(cpu(profile));
        line();
        if (!profile.waits().isEmpty()) {
            line("| waits ≥ 10 ms | count | total s |");
            line("|---|---|---|");
            profile.waits().forEach(w -> line("| `" + w.what() + "` | " + w.count() + " | " + fmt(w.totalSeconds(), 1) + " |"));
            line();
        }
    }

    private static String cpu(Jfr.Profile profile) {
        if (profile.samples() == 0) {
            return "(no CPU samples)";
        }
        StringBuilder text = new StringBuilder(profile.samples() + " CPU samples; top frames by package: ");
        List<String> packages = new ArrayList<>();
        profile.packages().forEach(p -> packages.add("`" + p.name() + "` " + fmt(p.percent(), 0) + "%"));
        text.append(String.join(", ", packages)).append("\n\n");
        profile.methods().forEach(m -> text.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", m.percent(), m.name())));
        return text.toString().stripTrailing();
    }

    private static String atLeast(Stats value, double target) {
        return value == null ? "–" : value.median() >= target ? "met" : "**missed**";
    }

    private static String below(Stats value, double target) {
        return value == null ? "–" : value.median() < target ? "met" : "**missed**";
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String commit() {
        try {
            String hash = Proc.run(List.of("git", "-C", settings.root().toString(), "rev-parse", "--short", "HEAD"), Map.of(), null,
                    Duration.ofSeconds(30)).strip();
            String dirty = Proc.run(List.of("git", "-C", settings.root().toString(), "status", "--porcelain", "--untracked-files=no"), Map.of(),
                    null, Duration.ofSeconds(30)).strip();
            return "`" + hash + "`" + (dirty.isEmpty() ? "" : " (with uncommitted changes)");
        } catch (Proc.Failure e) {
            return "unknown (no git)";
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> fmt(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0, 1) + " GiB").findFirst().orElse("?");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
