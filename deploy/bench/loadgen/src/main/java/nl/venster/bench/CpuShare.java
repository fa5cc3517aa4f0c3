package nl.venster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a measured window, per process group (Linux /proc): the services, PostgreSQL,
 * Kafka, the SMTP server and the load generators. It shows what a benchmark on one shared machine can reach: when the
 * cores are full, the sum of every group's CPU per operation is the limit.
 */
final class CpuShare {

    /** Clock ticks per second of /proc's times (USER_HZ): 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    static final String[] GROUPS = {"registry-service", "venster-service", "reporting-service", "PostgreSQL", "Kafka",
            "SMTP server (GreenMail)", "load generators", "other"};

    /** CPU seconds per group and the wall time they were measured over. */
    record Window(Map<String, Double> seconds, double wallSeconds, int cores) {

        double busyPercent() {
            return 100.0 * seconds.values().stream().mapToDouble(Double::doubleValue).sum() / (wallSeconds * cores);
        }
    }

    /** A reading of every process's CPU ticks so far; the load generators include the harness's finished children (wrk). */
    record Reading(Map<Long, Long> ticks, Map<Long, String> groups, long nanos) {
    }

    private CpuShare() {
    }

    static Reading read(Map<String, Long> servicePids) {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        Map<Long, String> groups = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th; cutime and
                    // cstime (children waited for) only count for the harness, whose wrk runs have ended by the reading.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    ticks.put(pid, pid == self ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own);
                    groups.put(pid, group(pid, self, servicePids, p));
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new Proc.Failure("cannot read /proc", e);
        }
        return new Reading(ticks, groups, System.nanoTime());
    }

    /** The CPU each group used between two readings (processes that started and ended between them are not seen). */
    static Window between(Reading before, Reading after) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String group : GROUPS) {
            seconds.put(group, 0.0);
        }
        after.ticks().forEach((pid, ticks) -> seconds.merge(after.groups().get(pid),
                (ticks - before.ticks().getOrDefault(pid, 0L)) / TICKS_PER_SECOND, Double::sum));
        return new Window(seconds, (after.nanos() - before.nanos()) / 1e9, Runtime.getRuntime().availableProcessors());
    }

    private static String group(long pid, long self, Map<String, Long> servicePids, Path process) throws IOException {
        for (Map.Entry<String, Long> service : servicePids.entrySet()) {
            if (service.getValue() == pid) {
                return service.getKey();
            }
        }
        if (pid == self) {
            return "load generators";
        }
        String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
        String name = Files.readString(process.resolve("comm")).strip();
        if (name.equals("wrk") || name.equals("pgbench")) {
            return "load generators";
        }
        if (name.startsWith("postgres") || command.startsWith("postgres")) {
            return "PostgreSQL";
        }
        if (command.contains("kafka.Kafka")) {
            return "Kafka";
        }
        if (command.contains("greenmail")) {
            return "SMTP server (GreenMail)";
        }
        return "other";
    }
}
