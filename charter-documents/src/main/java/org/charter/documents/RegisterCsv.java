package org.charter.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The register as CSV (RFC 4180): a header row, then one row per tenure, times in ISO-8601 with the zone's offset.
 * Every field is quoted when it holds a comma, a quote or a line break, so a name or an office never shifts a column.
 */
final class RegisterCsv {
  private RegisterCsv() {}

  static String write(List<RegisterOfDirectors.Row> rows, String register) {
    StringBuilder out = new StringBuilder();
    line(out, RegisterOfDirectors.CSV_HEADER);
    for (RegisterOfDirectors.Row r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(register);
      cells.add(r.entity());
      cells.add(r.entityName());
      cells.add(r.position());
      cells.add(r.person());
      cells.add(r.name());
      cells.add(r.sinceIso());
      cells.add(r.sincePrecision());
      cells.add(r.sinceThrough());
      cells.add(r.act());
      cells.add(Long.toString(r.entry()));
      cells.add(r.verdict());
      cells.add(r.curedBy());
      line(out, cells);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String field(String v) {
    if (v == null) {
      return "";
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        // A leading =, +, - or @ is a formula to a spreadsheet: quoting does not stop it, a leading quote mark does.
        || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
    String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
