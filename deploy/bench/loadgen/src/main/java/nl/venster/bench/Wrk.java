package nl.venster.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Closed-model saturation with wrk (C, so the load generator takes little of the two cores). Every run gets
 * a generated Lua script: the requests round-robin, and a {@code done} hook that prints wrk's own summary as
 * one JSON line, so nothing is read from wrk's human output.
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 32;
    private static final String MARKER = "BENCH-RESULT ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request of a workload. */
    record Request(String method, String url, Map<String, String> headers, String body) {
        static Request get(String url, String token, Map<String, String> extra) {
            Map<String, String> headers = new java.util.LinkedHashMap<>(extra);
            headers.put("Authorization", "Bearer " + token);
            return new Request("GET", url, headers, null);
        }
    }

    /** A wrk run's outcome. */
    record Run(long requests, double seconds, long non2xx, long socketErrors) {
        double rate() {
            return requests / seconds;
        }
    }

    private Wrk() {
    }

    /** Writes the Lua script of a workload; the requests' URLs must share scheme, host and port. */
    static Path script(Path file, List<Request> requests) throws IOException {
        StringBuilder lua = new StringBuilder("local requests = {}\n-- In init: wrk knows the Host header only once the script has loaded.\nfunction init(args)\n");
        for (Request request : requests) {
            URI uri = URI.create(request.url());
            String path = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
            lua.append("  requests[#requests + 1] = wrk.format(").append(quote(request.method())).append(", ").append(quote(path)).append(", {");
            request.headers().forEach((name, value) -> lua.append("[").append(quote(name)).append("] = ").append(quote(value)).append(", "));
            if (request.body() != null) {
                lua.append("[\"Content-Type\"] = \"application/json\", ");
            }
            lua.append("}, ").append(request.body() == null ? "nil" : quote(request.body())).append(")\n");
        }
        lua.append("end\nlocal i = 0\nrequest = function() i = i % #requests + 1; return requests[i] end\n")
                .append("done = function(summary, latency, requests)\n")
                .append("  local e = summary.errors\n")
                .append("  io.write(string.format('").append(MARKER)
                .append("{\"requests\":%d,\"durationUs\":%d,\"non2xx\":%d,\"socketErrors\":%d}\\n',")
                .append(" summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout))\n")
                .append("end\n");
        Files.writeString(file, lua);
        return file;
    }

    static Run run(Path script, String anyUrl, Duration duration, Path log) {
        URI uri = URI.create(anyUrl);
        String base = uri.getScheme() + "://" + uri.getAuthority() + "/";
        String output = Proc.run(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s",
                "--timeout", "10s", "-s", script.toString(), base), Map.of(), log, duration.plusSeconds(60));
        for (String line : output.split("\n")) {
            if (line.startsWith(MARKER)) {
                try {
                    JsonNode result = JSON.readTree(line.substring(MARKER.length()));
                    return new Run(result.get("requests").asLong(), result.get("durationUs").asLong() / 1e6,
                            result.get("non2xx").asLong(), result.get("socketErrors").asLong());
                } catch (IOException e) {
                    throw new Proc.Failure("wrk's summary is not JSON: " + line, e);
                }
            }
        }
        throw new Proc.Failure("wrk printed no summary (did the script load?):\n" + Proc.tail(output, 20));
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    static List<Request> list(Request... requests) {
        return new ArrayList<>(List.of(requests));
    }
}
