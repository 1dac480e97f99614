package org.charter.core.plan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.report.Labels;
import org.charter.core.report.TimelineReport;
import org.charter.core.rules.NoticeDeadlines;
import org.charter.core.verdict.Finding;

/** A plan as a JSON-ready tree: times in the book's zone, persons by id and name, each finding with its rule. */
public final class PlanReport {
  private PlanReport() {}

  public static Map<String, Object> tree(Plan p, ZoneId zone) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by", p.by() == null ? null : Labels.iso(p.by(), zone));
    out.put("at", Labels.iso(p.at(), zone));
    out.put("entity", p.entity());
    out.put("body", p.body());
    out.put("profile", p.profile());
    out.put("acts", p.acts());
    out.put("directors", persons(p, p.directors()));
    List<Object> routes = new ArrayList<>();
    for (Plan.Route r : p.routes()) {
      routes.add(route(p, r, zone));
    }
    out.put("routes", routes);
    return out;
  }

  private static Map<String, Object> route(Plan p, Plan.Route r, ZoneId zone) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("way", Labels.lower(r.way()));
    out.put("at", Labels.iso(r.at(), zone));
    out.put("act_by", Labels.iso(r.actBy(), zone));
    out.put("late", r.late());
    out.put("why", r.why());
    if (r.way() == Plan.Way.MEETING) {
      Map<String, Object> call = new LinkedHashMap<>();
      call.put("rules_let", r.callers());
      call.put("may_call_alone", persons(p, r.mayCall()));
      call.put("rule", r.callRule() == null ? null : finding(r.callRule()));
      out.put("call", call);
      List<Object> notices = new ArrayList<>();
      for (Plan.Notice n : r.notices()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("director", n.director());
        one.put("name", p.names().get(n.director()));
        List<Object> by = new ArrayList<>();
        for (NoticeDeadlines.Deadline d : n.deadlines()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("method", Labels.lower(d.method()));
          m.put("latest", d.latest() == null ? null : Labels.iso(d.latest(), zone));
          m.put("passed", d.latest() != null && p.by() != null && p.by().isAfter(d.latest()));
          m.put("rule", d.rule());
          m.put("doubt", d.doubt());
          by.add(m);
        }
        one.put("deadlines", by);
        notices.add(one);
      }
      out.put("notice", notices);
    }
    out.put("asked", r.asked().stream().map(PlanReport::finding).toList());
    out.put("carry", coalitions(p, r.carry()));
    out.put("may_carry", coalitions(p, r.mayCarry()));
    return out;
  }

  private static List<Object> coalitions(Plan p, List<Plan.Coalition> cs) {
    List<Object> out = new ArrayList<>();
    for (Plan.Coalition c : cs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("members", persons(p, c.members()));
      m.put("status", c.status().label());
      m.put("turns_on", c.open().stream().map(PlanReport::finding).toList());
      out.add(m);
    }
    return out;
  }

  private static List<Object> persons(Plan p, List<String> ids) {
    List<Object> out = new ArrayList<>();
    for (String id : ids) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("id", id);
      person.put("name", p.names().getOrDefault(id, id));
      out.add(person);
    }
    return out;
  }

  private static Map<String, Object> finding(Finding f) {
    return TimelineReport.finding(f);
  }
}
