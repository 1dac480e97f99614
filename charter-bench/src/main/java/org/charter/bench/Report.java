package org.charter.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints figures as a table for people or as a tree for JSON. */
public final class Report {
  private Report() {}

  static String line(Figure f) {
    if (Double.isNaN(f.value())) {
      return String.format("%-16s not measured: %s", f.id(), f.note());
    }
    return String.format("%-16s %s %s | %s: %s | ratio %s%s | load %.2f", f.id(), number(f.value()), f.unit(),
        f.limit(), number(f.limitValue()), ratio(f.ratio()), target(f), f.load());
  }

  public static void text(PrintWriter out, List<Figure> figures) {
    out.println("Machine: " + Machine.describe());
    for (Figure f : figures) {
      out.println(line(f));
    }
    long missed = figures.stream().filter(f -> !Double.isNaN(f.value()) && !f.met()).count();
    out.println(figures.size() + " figures; " + missed + " below target");
  }

  /** The figures as a JSON-ready tree: the machine, then one object per figure. */
  public static Map<String, Object> tree(List<Figure> figures) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("machine", Machine.describe());
    root.put("figures", figures.stream().map(Report::figure).toList());
    return root;
  }

  private static Map<String, Object> figure(Figure f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("what", f.what());
    m.put("value", finite(f.value()));
    m.put("unit", f.unit());
    m.put("limit", f.limit());
    m.put("limit_value", finite(f.limitValue()));
    m.put("ratio", finite(f.ratio()));
    m.put("target", finite(f.target()));
    m.put("met", Double.isNaN(f.value()) ? null : f.met());
    m.put("note", f.note());
    m.put("load", finite(f.load()));
    m.put("command", f.command());
    return m;
  }

  private static Double finite(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
  }

  private static String number(double v) {
    if (v >= 100) {
      return String.format("%,.0f", v);
    }
    return String.format(v >= 10 ? "%.1f" : "%.2f", v);
  }

  private static String ratio(double r) {
    return r >= 10 ? String.format("%.0f", r) : String.format(r >= 0.1 ? "%.2f" : "%.4f", r);
  }

  private static String target(Figure f) {
    return Double.isNaN(f.target()) ? "" : String.format(" (target ≥ %s: %s)", ratio(f.target()),
        f.met() ? "met" : "NOT MET");
  }
}
