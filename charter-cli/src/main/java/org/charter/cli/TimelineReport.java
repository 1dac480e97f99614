package org.charter.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.Source;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.state.Basis;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/** The timeline of a book: each act with its summary, sources and, for a binding act, its verdict and findings. */
final class TimelineReport {
  private TimelineReport() {}

  static List<Object> tree(List<Recorded> acts, Book book, ZoneId zone) {
    List<Object> out = new ArrayList<>();
    for (Recorded r : acts) {
      out.add(entry(r, book, zone));
    }
    return out;
  }

  static Map<String, Object> entry(Recorded r, Book book, ZoneId zone) {
    Act a = r.act();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seq", r.entry().seq());
    m.put("id", a.id());
    m.put("type", ActTypes.nameOf(a.getClass()));
    m.put("valid_at", Times.iso(a.meta().validAt(), zone));
    m.put("recorded_at", Times.iso(a.meta().recordedAt(), zone));
    m.put("summary", ActSummary.of(a, names(book, a)));
    m.put("sources", a.meta().sources().stream().map(Source::toString).toList());
    m.put("note", a.meta().note());
    m.put("verdict", r.verdict() == null ? null : verdict(r.verdict()));
    m.put("hash", r.entry().hashHex());
    return m;
  }

  static Map<String, Object> verdict(Verdict v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", v.status().name().toLowerCase(Locale.ROOT));
    m.put("defect", v.defect() == null ? null : v.defect().name().toLowerCase(Locale.ROOT));
    List<Object> findings = new ArrayList<>();
    for (Finding f : v.findings()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", f.ruleId());
      x.put("citation", f.citation());
      x.put("outcome", f.outcome().name().toLowerCase(Locale.ROOT));
      x.put("defect", f.defect() == null ? null : f.defect().name().toLowerCase(Locale.ROOT));
      x.put("detail", f.detail());
      findings.add(x);
    }
    m.put("findings", findings);
    return m;
  }

  static Function<String, String> names(Book book, Act a) {
    var view = book.state(Basis.at(a.meta().validAt()));
    return p -> view.person(p).map(PersonDescribed::name).orElse(p);
  }

  static void printText(PrintWriter out, List<Recorded> acts, Book book, ZoneId zone, boolean findingsOfValid) {
    for (Recorded r : acts) {
      Act a = r.act();
      String when = Times.shortForm(a.meta().validAt(), zone);
      String label = r.verdict() == null ? "note" : r.verdict().label();
      out.printf("%-20s  %-12s  %s%n", when, label, ActSummary.of(a, names(book, a)));
      Verdict v = r.verdict();
      if (v != null && (findingsOfValid || v.status() != org.charter.core.verdict.Status.VALID)) {
        for (Finding f : v.findings()) {
          out.println("      " + f);
        }
      }
    }
  }
}
