package org.charter.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import org.charter.cli.TextTable.Column;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.ActSummary;
import org.charter.core.report.SourceLabels;
import org.charter.core.report.TimelineReport;
import org.charter.core.state.Register;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * The timeline as text: one line per act with its verdict, a line for each of its sources, and the findings of every
 * act not plainly valid.
 */
final class TimelineText {
  private TimelineText() {}

  static void printText(PrintWriter out, List<Recorded> acts, Book book, ZoneId zone, boolean findingsOfValid,
      SourceLabels sources) {
    // A finding's prose runs long: it goes on its own line under its act, outside the columns.
    TextTable table = new TextTable(Column.left(), Column.left(), Column.left());
    for (Recorded r : acts) {
      Act a = r.act();
      String when = org.charter.core.report.Labels.when(a.meta(), zone);
      String label = r.verdict() == null ? "note" : r.verdict().label();
      table.row(when, label, ActSummary.of(a, TimelineReport.names(book, a)));
      for (String s : sources.of(a)) {
        table.text("      source: " + s);
      }
      Verdict v = r.verdict();
      if (v != null && (findingsOfValid || v.status() != org.charter.core.verdict.Status.VALID)) {
        for (Finding f : v.findings()) {
          table.text("      " + f);
        }
      }
      Verdict acted = r.verdict(Register.ACTED);
      if (v != null && !acted.equals(v)) {
        table.text("      as acted (against the register as acted): " + acted.label());
        for (Finding f : acted.findings()) {
          if (!v.findings().contains(f)) {
            table.text("        " + f);
          }
        }
      }
    }
    table.print(out);
  }
}
