package nl.venster.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the benchmark tools, one sub-command each:
 * <ul>
 *   <li>{@code bench}: the whole benchmark run, B1–B7, and BENCHMARKS.md ({@link Bench}; deploy/bench/run.sh);</li>
 *   <li>{@code rate}: open-model load at a fixed rate with latency percentiles (B1, B2, B6);</li>
 *   <li>{@code lag}: submissions at a fixed rate, each followed until the reporting model shows it (B3);</li>
 *   <li>{@code events}: synthetic answer events on topics of their own prefix (B4).</li>
 * </ul>
 * The single tools print their results as one line of {@code key=value} pairs, for use by hand.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench | rate|lag|events --option value ...");
            System.exit(2);
        }
        if (args[0].equals("bench")) {
            Bench.run();
            return;
        }
        Options options = Options.parse(args);
        switch (args[0]) {
            case "rate" -> FixedRateLoad.run(options);
            case "lag" -> LagProbe.run(options);
            case "events" -> EventGenerator.run(options);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    /** {@code --name value} pairs; {@code --header} may repeat. */
    record Options(Map<String, String> values, List<String> headers) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            List<String> headers = new ArrayList<>();
            for (int i = 1; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value at " + args[i]);
                }
                String name = args[i].substring(2);
                if (name.equals("header")) {
                    headers.add(args[i + 1]);
                } else {
                    values.put(name, args[i + 1]);
                }
            }
            return new Options(values, headers);
        }

        String text(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        String text(String name, String standard) {
            return values.getOrDefault(name, standard);
        }

        double number(String name, double standard) {
            return values.containsKey(name) ? Double.parseDouble(values.get(name)) : standard;
        }
    }
}
