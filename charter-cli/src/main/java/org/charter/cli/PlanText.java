package org.charter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.plan.Plan;
import org.charter.core.report.Labels;
import org.charter.core.rules.NoticeDeadlines;
import org.charter.core.verdict.Finding;
import org.charter.scenario.Scenario;
import org.charter.scenario.Variant;

/** A plan as text: per hypothesis, each route's call, notice, what the rules ask and the minimal coalitions. */
final class PlanText {
  private PlanText() {}

  /** One plan and the hypothesis it was made under (null: the scenario as it is). */
  record Planned(Variant hypothesis, Plan plan) {}

  static void print(PrintWriter out, Scenario s, Path file, List<Planned> plans) {
    ZoneId zone = s.zone();
    Plan first = plans.get(0).plan();
    out.println("Plan for " + String.join(", ", first.acts()) + " from " + file + " in " + s.id() + ", at "
        + time(first.at(), zone) + (first.by() == null ? ", from the record before them"
        : ", as of " + time(first.by(), zone)) + " (nothing is recorded)");
    for (Planned pl : plans) {
      Plan p = pl.plan();
      out.println();
      out.println(pl.hypothesis() == null ? "The scenario as it is:"
          : "Under " + pl.hypothesis().id() + ": " + pl.hypothesis().title());
      out.println("  taken by " + p.body() + " of " + p.entity() + " (profile " + p.profile() + "); directors in office"
          + " under the rules: " + names(p, p.directors()));
      int n = 0;
      for (Plan.Route r : p.routes()) {
        out.println("  " + (++n) + ". " + (r.way() == Plan.Way.MEETING ? "A special meeting at " : "A written consent at ")
            + time(r.at(), zone) + (r.way() == Plan.Way.MEETING ? "; call and notice by " + time(r.actBy(), zone)
            + (r.late() ? ": ALREADY PAST" : "") : ""));
        if (r.why() != null) {
          out.println("     " + r.why());
        }
        if (r.way() == Plan.Way.MEETING) {
          out.println("     call: the rules let " + (r.callers().isEmpty() ? "no one" : String.join(" or ", r.callers()))
              + " call a special meeting" + (r.callRule() == null ? "" : " [" + r.callRule().ruleId()
              + (r.callRule().citation() == null ? "" : ": " + r.callRule().citation()) + "]")
              + "; who may call it alone: " + (r.mayCall().isEmpty() ? "no one" : names(p, r.mayCall()))
              + "; a coalition calls it together");
          out.println("     notice to each director who does not call it: " + deadlines(r, p.by(), zone));
        }
        out.println("     what the rules ask (every director for it):");
        for (Finding f : r.asked()) {
          out.println("       " + f);
        }
        out.println("     carry the acts, whatever the others do (each set minimal): "
            + (r.carry().isEmpty() ? "none" : ""));
        for (Plan.Coalition c : r.carry()) {
          out.println("       " + names(p, c.members()) + " (" + c.status().label() + ")");
        }
        if (!r.mayCarry().isEmpty()) {
          out.println("     may carry them, undetermined on the record (each set minimal):");
          for (Plan.Coalition c : r.mayCarry()) {
            out.println("       " + names(p, c.members()) + ": turns on " + String.join(", ",
                c.open().stream().map(Finding::ruleId).distinct().toList()));
          }
          out.println("     what would decide it, for the first of them:");
          for (Finding f : r.mayCarry().get(0).open()) {
            out.println("       " + f);
          }
        }
      }
    }
  }

  // The methods grouped by their deadline: "in person, phone, email by 16 Nov 12:00 PST; mail: no period".
  private static String deadlines(Plan.Route r, Instant by, ZoneId zone) {
    if (r.notices().isEmpty()) {
      return "none needed";
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (NoticeDeadlines.Deadline d : r.notices().get(0).deadlines()) {
      String when = d.latest() == null ? d.rule()
          : "by " + time(d.latest(), zone) + " (" + d.rule() + (d.doubt() == null ? "" : "; but " + d.doubt()) + ")"
          + (by != null && by.isAfter(d.latest()) ? ", past" : "");
      groups.computeIfAbsent(when, k -> new ArrayList<>()).add(Labels.lower(d.method()).replace('-', ' '));
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((when, methods) -> parts.add(
        (methods.size() == r.notices().get(0).deadlines().size() ? "by any method" : String.join(", ", methods))
            + " " + when));
    return String.join("; ", parts);
  }

  private static String names(Plan p, List<String> ids) {
    return String.join(", ", ids.stream().map(id -> p.names().getOrDefault(id, id)).toList());
  }

  private static String time(Instant t, ZoneId zone) {
    return Labels.shortForm(t, zone);
  }
}
