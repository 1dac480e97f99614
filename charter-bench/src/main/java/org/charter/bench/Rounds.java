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
    double[] m = alternate(warmups, rounds, new Pass[] {work, limit});
    return new Rates(m[0], m[1]);
  }

  /** The median rate of each pass, timed in turn in every round. */
  static double[] alternate(int warmups, int rounds, Pass[] passes) throws Exception {
    int n = passes.length;
    for (int i = 0; i < warmups; i++) {
      for (Pass p : passes) {
        rate(p);
      }
    }
    double[][] rates = new double[n][rounds];
    for (int i = 0; i < rounds; i++) {
      // Rotate which goes first, so none always runs on a warmer (or more loaded) machine.
      for (int k = 0; k < n; k++) {
        int at = (i + k) % n;
        rates[at][i] = rate(passes[at]);
      }
    }
    double[] medians = new double[n];
    for (int k = 0; k < n; k++) {
      medians[k] = median(rates[k]);
    }
    return medians;
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
