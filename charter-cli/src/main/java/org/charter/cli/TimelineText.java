package org.charter.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.ActSummary;
import org.charter.core.report.TimelineReport;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/** The timeline as text: one line per act with its verdict, and the findings of every act not plainly valid. */
final class TimelineText {
  private TimelineText() {}

  static void printText(PrintWriter out, List<Recorded> acts, Book book, ZoneId zone, boolean findingsOfValid) {
    for (Recorded r : acts) {
      Act a = r.act();
      String when = org.charter.core.report.Labels.shortForm(a.meta().validAt(), zone);
      String label = r.verdict() == null ? "note" : r.verdict().label();
      out.printf("%-20s  %-12s  %s%n", when, label, ActSummary.of(a, TimelineReport.names(book, a)));
      Verdict v = r.verdict();
      if (v != null && (findingsOfValid || v.status() != org.charter.core.verdict.Status.VALID)) {
        for (Finding f : v.findings()) {
          out.println("      " + f);
        }
      }
    }
  }
}
