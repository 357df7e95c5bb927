package id.serambi.servicetimes.internal;

import java.util.List;

/** Median (mean of the two middle values for an even count) and nearest-rank percentiles of sorted values. */
final class Percentiles {

    private Percentiles() {
    }

    static Long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** The smallest value with at least {@code percent}% of the values at or below it. */
    static Long nearestRank(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static Double percentOf(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
