package com.socialworkprogression.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Wall-clock samples of one operation, warmed up first, with their median and 95th percentile in milliseconds. */
final class Timings {

  private final List<Double> millis = new ArrayList<>();

  /**
   * Runs the operation `warmUp` times unmeasured, then up to `samples` times measured, stopping early once the
   * measured time passes `budgetMillis` (a slow query at 200,000 tasks must not hold the run for an hour).
   */
  static Timings of(int warmUp, int samples, long budgetMillis, Callable<?> operation) throws Exception {
    for (int i = 0; i < warmUp; i++) {
      operation.call();
    }
    Timings timings = new Timings();
    long spent = 0;
    for (int i = 0; i < samples && (i < 5 || spent < budgetMillis * 1_000_000L); i++) {
      long start = System.nanoTime();
      operation.call();
      long took = System.nanoTime() - start;
      spent += took;
      timings.millis.add(took / 1e6);
    }
    return timings;
  }

  int count() {
    return millis.size();
  }

  double p50() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  /** Nearest-rank percentile. */
  double percentile(int p) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
