package org.charter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The comparison tree of {@code compare} and {@code branch} as text: the variants, the matrix, the state differences. */
final class VariantText {
  private VariantText() {}

  @SuppressWarnings("unchecked")
  static void print(PrintWriter out, Map<String, Object> tree, String noun) {
    List<Map<String, Object>> variants = (List<Map<String, Object>>) tree.get("variants");
    out.println(capital(noun) + " of " + tree.get("scenario") + " (the first is the reference):");
    for (Map<String, Object> v : variants) {
      out.println("  " + v.get("id") + ": " + v.get("title"));
      List<String> edits = (List<String>) v.get("edits");
      out.println("    edits: " + (edits.isEmpty() ? "none" : String.join(", ", edits)));
      for (String s : (List<String>) v.get("sources")) {
        out.println("    source: " + s);
      }
    }
    out.println();
    out.println("Verdicts in the legal register ([as acted: ...] where that differs); * marks a verdict that differs"
        + " from the reference's.");
    TextTable.Column[] cols = new TextTable.Column[variants.size() + 1];
    cols[0] = TextTable.Column.left("act");
    for (int i = 0; i < variants.size(); i++) {
      cols[i + 1] = TextTable.Column.left((String) variants.get(i).get("id"));
    }
    TextTable table = new TextTable(cols);
    for (Map<String, Object> row : (List<Map<String, Object>>) tree.get("acts")) {
      Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) row.get("cells");
      Object[] line = new Object[variants.size() + 1];
      line[0] = row.get("act");
      int i = 1;
      for (Map<String, Object> v : variants) {
        Map<String, Object> c = cells.get((String) v.get("id"));
        line[i++] = (Boolean.TRUE.equals(c.get("differs")) ? "* " : "") + c.get("label");
      }
      table.row(line);
      for (Map<String, Object> v : variants) {
        Map<String, Object> c = cells.get((String) v.get("id"));
        if (Boolean.TRUE.equals(c.get("differs"))) {
          table.text("    " + v.get("id") + ": " + c.get("label"));
          for (String f : (List<String>) c.get("findings_changed")) {
            table.text("      finding " + f);
          }
          for (String t : (List<String>) c.get("turns_on")) {
            table.text("      turns on " + t);
          }
        }
      }
    }
    table.print(out);
    for (Map<String, Object> st : (List<Map<String, Object>>) tree.get("states")) {
      out.println();
      List<Map<String, Object>> diffs = (List<Map<String, Object>>) st.get("differences");
      out.println("As of " + st.get("at") + ": " + (diffs.isEmpty() ? "every seat and office has the same holders"
          + " in all of them." : "holders that differ"));
      for (Map<String, Object> d : diffs) {
        out.println("  " + d.get("position") + " (" + d.get("register") + ")");
        ((Map<String, Object>) d.get("holders")).forEach((k, v) -> out.println("    " + k + ": "
            + (((List<?>) v).isEmpty() ? "none" : String.join(", ", (List<String>) v))));
      }
      List<Map<String, Object>> control = (List<Map<String, Object>>) st.get("control");
      if (control != null) {
        out.println("  ultimate control: " + (control.isEmpty() ? "the same" : "differs"));
        for (Map<String, Object> c : control) {
          out.println("    " + c.get("entity") + ": " + c.get("ultimate_controller"));
        }
      }
      Map<String, Object> w = (Map<String, Object>) st.get("waterfall");
      if (w != null && w.get("entity") != null) {
        List<Map<String, Object>> wd = (List<Map<String, Object>>) w.get("differences");
        out.println("  one distribution of $" + org.charter.core.capital.Money.format(
            (Long) w.get("amount_cents")) + " by " + w.get("entity") + ": " + (wd.isEmpty() ? "splits the same"
            : "splits differently"));
        for (Map<String, Object> d : wd) {
          StringBuilder line = new StringBuilder("    " + d.get("holder") + ":");
          ((Map<String, Object>) d.get("amount_cents")).forEach((k, v) -> line.append(" ").append(k).append(" $")
              .append(org.charter.core.capital.Money.format((Long) v)).append(";"));
          out.println(line.substring(0, line.length() - 1));
        }
      }
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
