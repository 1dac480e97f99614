package org.charter.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.charter.cli.TextTable.Column;

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
    // One table for every distribution, so that their amounts line up with each other too.
    TextTable parts = new TextTable(Column.left(), Column.right()).indent(2);
    for (Object o : (List<Object>) r.get("distributions")) {
      Map<String, Object> d = (Map<String, Object>) o;
      parts.text("");
      parts.text("Distribution " + d.get("act") + " of " + money(d.get("amount")) + ":");
      for (Object p : (List<Object>) d.get("parts")) {
        Map<String, Object> x = (Map<String, Object>) p;
        parts.row(x.get("name"), money(x.get("amount")));
      }
    }
    parts.print(out);
    out.println();
    TextTable standings = new TextTable(Column.left("holder"), Column.right("invested"), Column.right("cap"),
        Column.right("received"), Column.left());
    for (Object o : (List<Object>) r.get("standings")) {
      Map<String, Object> x = (Map<String, Object>) o;
      String flag = Boolean.TRUE.equals(x.get("capped")) ? "stopped at cap"
          : x.get("stopped_by_determination") != null ? "stopped by determination: " + x.get("stopped_by_determination")
          : "";
      standings.row(x.get("name"), money(x.get("invested")), x.get("cap") == null ? "uncapped" : money(x.get("cap")),
          money(x.get("received")), flag);
    }
    standings.print(out);
  }
}
