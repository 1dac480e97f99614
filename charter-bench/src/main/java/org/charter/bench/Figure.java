package org.charter.bench;

/**
 * One measured figure beside the limit it chases, both taken in the same run: what was measured, its value and unit,
 * the limit and its value in the same unit, their ratio (the figure as a share of the limit, or for a latency the
 * limit as a share of the figure, so that 1 is always "at the limit"), the target the ratio must reach, and the 1-minute
 * load average of the machine when it was taken.
 */
public record Figure(
    String id,
    String what,
    double value,
    String unit,
    String limit,
    double limitValue,
    double ratio,
    double target,
    String command,
    String note,
    double load) {

  /** Whether the ratio reaches the target; true when there is no target. */
  public boolean met() {
    return Double.isNaN(target) || ratio >= target;
  }

  /** A figure whose ratio is the value as a share of the limit (a rate, where more is better). */
  static Figure rate(String id, String what, double value, String unit, String limit, double limitValue,
      double target, String note) {
    return new Figure(id, what, value, unit, limit, limitValue, value / limitValue, target, null, note, Machine.load());
  }

  /** A figure whose ratio is the limit as a share of the value (a latency or a size, where less is better). */
  static Figure cost(String id, String what, double value, String unit, String limit, double limitValue,
      double target, String note) {
    return new Figure(id, what, value, unit, limit, limitValue, limitValue / value, target, null, note,
        Machine.load());
  }

  /** A figure that could not be taken in this run, and why. */
  static Figure missing(String id, String what, String why) {
    return new Figure(id, what, Double.NaN, "", "", Double.NaN, Double.NaN, Double.NaN, null, why, Machine.load());
  }

  Figure withCommand(String c) {
    return new Figure(id, what, value, unit, limit, limitValue, ratio, target, c, note, load);
  }
}
