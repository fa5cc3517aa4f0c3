package nl.venster.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Latency percentiles of one run, in milliseconds. */
record Percentiles(long count, double p50, double p90, double p99, double p999, double max) {

    static Percentiles of(Histogram histogram) {
        return new Percentiles(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getValueAtPercentile(99.9)), ms(histogram.getMaxValue()));
    }

    String asText(String prefix) {
        return String.format(Locale.ROOT, "%sp50=%.2f %sp90=%.2f %sp99=%.2f %sp999=%.2f %smax=%.2f",
                prefix, p50, prefix, p90, prefix, p99, prefix, p999, prefix, max);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
