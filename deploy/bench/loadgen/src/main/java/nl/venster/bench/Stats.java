package nl.venster.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Median and spread of the repeated runs of one measurement. */
record Stats(double median, double min, double max, int runs) {

    static Stats of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new Proc.Failure("no values to summarise (no run produced a figure)");
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** "1234 (1200–1260)", or only the median for a single run. */
    String format(int decimals) {
        String pattern = "%." + decimals + "f";
        String median = String.format(Locale.ROOT, pattern, this.median);
        return runs > 1 ? median + " (" + String.format(Locale.ROOT, pattern, min) + "–" + String.format(Locale.ROOT, pattern, max) + ")" : median;
    }

    static String ratio(Stats measured, Stats ceiling) {
        return measured == null || ceiling == null || ceiling.median() <= 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", measured.median() / ceiling.median());
    }
}
