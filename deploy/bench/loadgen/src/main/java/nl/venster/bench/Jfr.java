package nl.venster.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR profiles of the services: started and dumped with jcmd (the service's own JDK), read with
 * {@code jdk.jfr.consumer}: where the CPU goes (top frames of the execution samples) and where threads wait
 * (socket reads, monitor contention and parking of 10 ms or more, by the innermost frame of our code).
 */
final class Jfr {

    /** A hot frame or package and its share of the CPU samples. */
    record Share(String name, double percent) {
    }

    /** Waits of one kind at one place of our code. */
    record Wait(String what, int count, double totalSeconds) {
    }

    /** The summary of one recording. */
    record Profile(int samples, List<Share> packages, List<Share> methods, List<Wait> waits) {
    }

    private Jfr() {
    }

    static void start(Path jcmd, long pid, String name, Path log) {
        Proc.run(List.of(jcmd.toString(), Long.toString(pid), "JFR.start", "name=" + name, "settings=profile"), Map.of(), log,
                Duration.ofSeconds(60));
    }

    /** Dumps and stops the recording, and summarises it. */
    static Profile stop(Path jcmd, long pid, String name, Path file, Path log) {
        Proc.run(List.of(jcmd.toString(), Long.toString(pid), "JFR.dump", "name=" + name, "filename=" + file), Map.of(), log,
                Duration.ofSeconds(120));
        Proc.run(List.of(jcmd.toString(), Long.toString(pid), "JFR.stop", "name=" + name), Map.of(), log, Duration.ofSeconds(60));
        return summarise(file);
    }

    static Profile summarise(Path file) {
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, int[]> waitCounts = new HashMap<>();
        Map<String, Double> waitSeconds = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    RecordedFrame top = stack.getFrames().get(0);
                    String className = top.getMethod().getType().getName();
                    methods.merge(className + "." + top.getMethod().getName(), 1, Integer::sum);
                    packages.merge(firstSegments(className, 3), 1, Integer::sum);
                } else if ((type.equals("jdk.SocketRead") || type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark"))
                        && event.getDuration().toMillis() >= 10) {
                    String site = ourFrame(stack);
                    if (site == null) {
                        continue;
                    }
                    boolean database = type.equals("jdk.SocketRead") && event.hasField("port") && event.getInt("port") == 5432;
                    String key = type + (database ? " (PostgreSQL)" : "") + " in " + site;
                    waitCounts.computeIfAbsent(key, k -> new int[1])[0]++;
                    waitSeconds.merge(key, event.getDuration().toNanos() / 1e9, Double::sum);
                }
            }
        } catch (IOException e) {
            throw new Proc.Failure("the JFR recording " + file + " cannot be read: " + e.getMessage(), e);
        }
        int total = samples;
        List<Wait> waits = new ArrayList<>();
        waitCounts.forEach((key, count) -> waits.add(new Wait(key, count[0], waitSeconds.get(key))));
        waits.sort(Comparator.comparingDouble(Wait::totalSeconds).reversed());
        return new Profile(samples, top(packages, total, 8), top(methods, total, 12), waits.subList(0, Math.min(8, waits.size())));
    }

    private static List<Share> top(Map<String, Integer> counts, int total, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(e -> new Share(e.getKey(), 100.0 * e.getValue() / Math.max(1, total))).toList();
    }

    private static String ourFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String className = frame.getMethod().getType().getName();
            if (className.startsWith("nl.venster.")) {
                return className + "." + frame.getMethod().getName();
            }
        }
        return null;
    }

    private static String firstSegments(String className, int segments) {
        String[] parts = className.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(segments, parts.length)));
    }
}
