package org.charter.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The waterfall report as text. */
final class WaterfallText {
  private WaterfallText() {}

  private static String money(Object dollars) {
    return dollars == null ? "-" : String.format(java.util.Locale.ROOT, "%,.2f", new BigDecimal(dollars.toString()));
  }

  @SuppressWarnings("unchecked")
  static void print(PrintWriter out, Map<String, Object> r) {
    out.println("Waterfall of " + r.get("entity") + " as of " + r.get("at") + ", after "
        + r.get("distributions_on_record") + " distribution(s) on record (amounts in US dollars)");
    for (Object o : (List<Object>) r.get("distributions")) {
      Map<String, Object> d = (Map<String, Object>) o;
      out.println();
      out.println("Distribution " + d.get("act") + " of " + money(d.get("amount")) + ":");
      for (Object p : (List<Object>) d.get("parts")) {
        Map<String, Object> x = (Map<String, Object>) p;
        out.printf("  %-40s %25s%n", x.get("name"), money(x.get("amount")));
      }
    }
    out.println();
    out.printf("%-40s %25s %25s %25s  %s%n", "holder", "invested", "cap", "received", "");
    for (Object o : (List<Object>) r.get("standings")) {
      Map<String, Object> x = (Map<String, Object>) o;
      String flag = Boolean.TRUE.equals(x.get("capped")) ? "stopped at cap"
          : x.get("stopped_by_determination") != null ? "stopped by determination: " + x.get("stopped_by_determination")
          : "";
      out.printf("%-40s %25s %25s %25s  %s%n", x.get("name"), money(x.get("invested")),
          x.get("cap") == null ? "uncapped" : money(x.get("cap")), money(x.get("received")), flag);
    }
  }
}
