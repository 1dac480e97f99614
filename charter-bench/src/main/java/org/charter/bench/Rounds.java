package org.charter.bench;

import java.util.Arrays;

/**
 * Times a workload and the limit it chases in alternating rounds, so that both see the same machine, and keeps the
 * median rate of each.
 */
final class Rounds {
  /** One timed pass: does its work and returns how many operations it did; what it prepares first is not timed. */
  interface Pass {
    long run() throws Exception;

    default void prepare() throws Exception {}
  }

  /** Medians of the two rates, in operations per second. */
  record Rates(double work, double limit) {}

  private Rounds() {}

  static Rates alternate(int warmups, int rounds, Pass work, Pass limit) throws Exception {
    for (int i = 0; i < warmups; i++) {
      rate(work);
      rate(limit);
    }
    double[] w = new double[rounds];
    double[] l = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      // Alternate which goes first, so neither always runs on a warmer (or more loaded) machine.
      if (i % 2 == 0) {
        w[i] = rate(work);
        l[i] = rate(limit);
      } else {
        l[i] = rate(limit);
        w[i] = rate(work);
      }
    }
    return new Rates(median(w), median(l));
  }

  static double rate(Pass p) throws Exception {
    p.prepare();
    long t0 = System.nanoTime();
    long ops = p.run();
    return ops / ((System.nanoTime() - t0) / 1e9);
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
