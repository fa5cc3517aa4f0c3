package nl.venster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the external tools of the benchmark (wrk, pgbench, psql, jcmd, the deploy/local scripts). */
final class Proc {

    private Proc() {
    }

    /** A step that failed: the message says what, and the run stops with a non-zero exit. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Runs a command to its end and returns its standard output; standard error and output are also appended
     * to the log. A non-zero exit or a timeout is a {@link Failure} naming the command and its last output.
     */
    static String run(List<String> command, Map<String, String> env, Path log, Duration timeout) {
        return run(command, env, log, timeout, null);
    }

    static String run(List<String> command, Map<String, String> env, Path log, Duration timeout, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().putAll(env);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            Path stderr = Files.createTempFile("bench", ".err");
            builder.redirectError(stderr.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out;
            Thread reader;
            ByteSink sink = new ByteSink(process);
            reader = new Thread(sink, "proc-out");
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroyForcibly();
                throw new Failure(describe(command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            reader.join();
            out = sink.bytes;
            String output = new String(out, StandardCharsets.UTF_8);
            String errors = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            if (log != null) {
                Files.writeString(log, "$ " + describe(command) + "\n" + output + errors + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (process.exitValue() != 0) {
                throw new Failure(describe(command) + " exited with " + process.exitValue() + ":\n" + tail(output + errors, 25));
            }
            return output;
        } catch (IOException e) {
            throw new Failure(describe(command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(describe(command) + " was interrupted", e);
        }
    }

    /** Starts a command in the background, output to the log file. */
    static Process start(List<String> command, Map<String, String> env, Path log, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new Failure(describe(command) + " could not start: " + e.getMessage(), e);
        }
    }

    /** Stops a process we started: SIGTERM, then SIGKILL after the grace period. */
    static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    static String describe(List<String> command) {
        List<String> shown = new ArrayList<>();
        for (String part : command) {
            // Tokens are long and signed with this machine's key: never in logs or the report.
            shown.add(part.replaceAll("eyJ[A-Za-z0-9_.-]+", "\\$TOKEN"));
        }
        return String.join(" ", shown);
    }

    static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    private static final class ByteSink implements Runnable {
        private final Process process;
        private volatile byte[] bytes = new byte[0];

        ByteSink(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            try {
                bytes = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                bytes = ("(output unreadable: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
