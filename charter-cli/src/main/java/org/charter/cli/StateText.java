package org.charter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.charter.cli.TextTable.Column;

/** The state report as text a person reads at a glance. */
final class StateText {
  private StateText() {}

  /** The state report of {@code StateReport.views}: each register asked for, then where the two differ. */
  @SuppressWarnings("unchecked")
  static void print(PrintWriter out, Map<String, Object> root) {
    Map<String, Object> basis = (Map<String, Object>) root.get("basis");
    out.println("State of " + root.get("book") + " as of " + basis.get("valid_at") + " (recorded: "
        + basis.get("recorded_at") + ")" + (root.get("entity") != null ? ", entity " + root.get("entity") + " only" : ""));
    Map<String, Object> views = (Map<String, Object>) root.get("views");
    for (Map.Entry<String, Object> v : views.entrySet()) {
      out.println();
      out.println(v.getKey().equals("legal") ? "== Under the rules (legal register: void acts have no effect) =="
          : "== As acted (what the organisation did and the world treated as done) ==");
      view(out, (Map<String, Object>) v.getValue(), root.get("entity"));
    }
    List<Object> differences = (List<Object>) root.get("differences");
    out.println();
    if (differences.isEmpty()) {
      out.println("The two registers agree.");
      return;
    }
    out.println("Where the registers differ:");
    TextTable t = new TextTable(Column.left(), Column.left(), Column.left(), Column.left()).indent(2).gap(2);
    for (Object o : differences) {
      Map<String, Object> d = (Map<String, Object>) o;
      t.row(d.get("entity"), d.get("position"), "as acted: " + (d.get("acted") == null ? "none" : d.get("acted")),
          "under the rules: " + (d.get("legal") == null ? "none" : d.get("legal")));
    }
    t.print(out);
  }

  @SuppressWarnings("unchecked")
  private static void view(PrintWriter out, Map<String, Object> r, Object entity) {
    if (entity != null && ((List<Object>) r.get("entities")).isEmpty()) {
      out.println();
      out.println(entity + " is not on record as of this time");
    }
    for (Object o : (List<Object>) r.get("entities")) {
      Map<String, Object> e = (Map<String, Object>) o;
      out.println();
      out.println(e.get("name") + " [" + e.get("kind") + ", " + e.get("jurisdiction") + "; " + e.get("profile") + "]");
      if (!e.get("ultimate_controller").equals(e.get("id"))) {
        out.println("  ultimately controlled by " + e.get("ultimate_controller"));
      }
      for (Object b : (List<Object>) e.get("bodies")) {
        Map<String, Object> body = (Map<String, Object>) b;
        out.println("  " + body.get("id") + " (" + body.get("kind") + "): " + body.get("director_count") + " directors");
        TextTable directors = new TextTable(Column.left(), Column.left(), Column.left()).indent(4);
        for (Object d : (List<Object>) body.get("directors")) {
          directors.row(tenure((Map<String, Object>) d));
        }
        directors.print(out);
        vacated(4, (List<Object>) body.get("seats_vacated_by_defective_acts")).print(out);
      }
      TextTable offices = new TextTable(Column.left(), Column.left(), Column.left(), Column.left()).indent(2);
      if (e.get("chair") != null) {
        offices.row(office("chair", (Map<String, Object>) e.get("chair")));
      }
      for (Object t : (List<Object>) e.get("officers")) {
        Map<String, Object> x = (Map<String, Object>) t;
        offices.row(office(x.get("office"), x));
      }
      offices.print(out);
      vacated(2, (List<Object>) e.get("offices_vacated_by_defective_acts")).print(out);
      TextTable holders = new TextTable(Column.left(), Column.left(), Column.left()).indent(2).gap(1);
      for (Object h : (List<Object>) e.get("economic_holders")) {
        Map<String, Object> x = (Map<String, Object>) h;
        holders.row("economic interest: " + x.get("holder"),
            x.get("percent") == null ? "(share not on record)" : x.get("percent") + "%",
            x.get("class") == null ? "" : "of " + x.get("class"));
      }
      holders.print(out);
    }
    for (Object o : (List<Object>) r.get("petitions")) {
      Map<String, Object> p = (Map<String, Object>) o;
      out.println();
      out.println("Petition " + p.get("id") + ": " + p.get("signatures") + " signatures against a headcount of "
          + (p.get("headcount") == null ? "(not on record)" : p.get("headcount"))
          + (((List<Object>) p.get("named_signers")).isEmpty() ? "" : "; by name: " + p.get("named_signers")));
    }
    List<Object> defects = (List<Object>) r.get("rests_on_defective_acts");
    if (!defects.isEmpty()) {
      out.println();
      out.println("This state rests on acts that are not shown valid under these rules:");
      TextTable acts = new TextTable(Column.left(), Column.left()).indent(2).gap(1);
      for (Object o : defects) {
        Map<String, Object> d = (Map<String, Object>) o;
        acts.row(d.get("act") + ":", d.get("verdict"));
      }
      acts.print(out);
    }
  }

  // Name, since, and the act the tenure rests on when that act is not shown valid.
  private static Object[] tenure(Map<String, Object> t) {
    String basis = t.get("basis_verdict") == null ? "" : t.get("basis_verdict").toString();
    String mark = basis.startsWith("invalid") || basis.startsWith("undetermined")
        ? "[rests on " + t.get("basis_act") + ": " + basis + "]" : "";
    return new Object[] {t.get("name"), "(since " + since(t) + ")", mark};
  }

  // The ISO time, or for a tenure its source dates only to the month or year, that period as the timeline shows it.
  private static String since(Map<String, Object> t) {
    String since = String.valueOf(t.get("since"));
    Object p = t.get("since_precision");
    if (p == null) {
      return since;
    }
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(since);
    String period = org.charter.core.report.Labels.periodOf(at.toInstant(),
        org.charter.core.act.Precision.valueOf(p.toString().toUpperCase(java.util.Locale.ROOT)), at.getOffset());
    Object through = t.get("since_through");
    return org.charter.core.report.Labels.undated(org.charter.core.report.Labels.span(period,
        through == null ? null : through.toString()));
  }

  private static Object[] office(Object office, Map<String, Object> t) {
    Object[] tenure = tenure(t);
    return new Object[] {office + ":", tenure[0], tenure[1], tenure[2]};
  }

  @SuppressWarnings("unchecked")
  private static TextTable vacated(int indent, List<Object> vacancies) {
    TextTable table = new TextTable(Column.left(), Column.left(), Column.left(), Column.left()).indent(indent).gap(1);
    for (Object o : vacancies) {
      Map<String, Object> v = (Map<String, Object>) o;
      table.row("vacated " + v.get("position") + " of " + v.get("name"), "at " + v.get("at"), "by " + v.get("by_act"),
          "[" + v.get("verdict") + "]");
    }
    return table;
  }
}
