package nl.veiligheidshuis.benchmark;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Runs a call after a warm-up a number of times and keeps each duration; percentiles by nearest rank. A call that
 * fails (for example the benchmark database's statement timeout) ends the measurement: the row then says so instead
 * of a figure. A measurement stops after {@link #BUDGET_NANOS} with the runs it has (a query far above the target
 * would otherwise hold the benchmark for an hour); the row shows how many runs it made.
 */
record Timings(String name, long[] nanos, String abandoned) {

    static final long BUDGET_NANOS = 90_000_000_000L;

    static Timings measure(String name, int warmUp, int runs, Callable<?> call) {
        long[] nanos = new long[runs];
        long begin = System.nanoTime();
        int done = 0;
        for (int i = -warmUp; i < runs && System.nanoTime() - begin < BUDGET_NANOS; i++) {
            long start = System.nanoTime();
            try {
                call.call();
            } catch (Exception e) {
                return new Timings(name, new long[] {System.nanoTime() - start}, "afgebroken: " + rootMessage(e));
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
                done++;
            }
        }
        if (done == 0) {
            return new Timings(name, new long[] {System.nanoTime() - begin}, "afgebroken: de opwarmronde gebruikte de hele tijd");
        }
        long[] measured = Arrays.copyOf(nanos, done);
        Arrays.sort(measured);
        return new Timings(name, measured, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).replace('\n', ' ');
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }

    double percentileMillis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double max() {
        return nanos[nanos.length - 1] / 1_000_000.0;
    }

    boolean meets(double targetMillis) {
        return abandoned == null && p95() < targetMillis;
    }

    String row() {
        if (abandoned != null) {
            return String.format(java.util.Locale.ROOT, "| %s | – | – | – | %.0f (%s) |", name, max(), abandoned);
        }
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", name, nanos.length, p50(), p95(), max());
    }
}
