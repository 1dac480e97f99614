package org.charter.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.Office;
import org.charter.core.book.Recorded;
import org.charter.core.report.StateReport;
import org.charter.core.state.Basis;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;

/**
 * The register of directors and officers as of a moment, in one register: each tenure with its start and the act (and
 * entry) it rests on, and that act's verdict in the register read. Its rows are also the CSV.
 */
final class RegisterOfDirectors {
  static final List<String> HEADER = List.of("Entity", "Position", "Person", "Since", "Rests on", "Entry",
      "Verdict of that act");
  static final List<String> CSV_HEADER = List.of("register", "entity", "entity_name", "position", "person", "name",
      "since", "since_precision", "since_through", "basis_act", "basis_entry", "basis_verdict", "cured_by");

  /** One tenure: what both the table and the CSV print. */
  record Row(String entity, String entityName, String position, String person, String name, String since,
      String sinceIso, String sincePrecision, String sinceThrough, String act, long entry, String verdict, String curedBy) {}

  private RegisterOfDirectors() {}

  static Document draw(Draft d) {
    org.charter.core.state.Register view = view(d.request);
    Instant at = at(d);
    d.basis("Valid time " + d.at(at) + "; register " + view.label() + (view == org.charter.core.state.Register.LEGAL
        ? " (under the rules: a void act gives no seat or office)" : " (as acted: every act given its effect)"));
    List<Row> rows = rows(d, at, view);
    List<List<String>> table = new ArrayList<>();
    for (Row r : rows) {
      table.add(List.of(r.entityName(), r.position(), r.name(), r.since(), r.act(), "#" + r.entry(),
          r.verdict() + (r.curedBy() == null ? "" : ", cured by " + r.curedBy())));
    }
    if (table.isEmpty()) {
      d.para("No seat or office is held as of " + d.at(at) + ".");
    } else {
      d.table(HEADER, table);
    }
    return d.done("Register of directors and officers as of " + Dates.day(at, d.zone),
        (d.request.entity() == null ? "every entity" : d.request.entity()) + ", " + view.label() + " register");
  }

  /** The register as CSV: one row per tenure, the same rows the table shows. */
  static String csv(Draft d) {
    org.charter.core.state.Register view = view(d.request);
    return RegisterCsv.write(rows(d, at(d), view), view.label());
  }

  private static Instant at(Draft d) {
    return DocumentRequest.required(DocumentKind.Field.AT, d.request.kind(), d.request.at());
  }

  /** The tenures of every entity asked for, as of {@code at} in one register. */
  private static List<Row> rows(Draft d, Instant at, org.charter.core.state.Register view) {
    StateView s = d.book.state(new Basis(at, d.request.recordedAt()), view);
    return rows(d, s, entities(d, s));
  }

  static org.charter.core.state.Register view(DocumentRequest r) {
    return r.view() == null ? org.charter.core.state.Register.LEGAL : r.view();
  }

  /** The tenures of a state, entity by entity: each body's directors, then the chair and the officers. */
  static List<Row> rows(Draft d, StateView s, List<EntityOnRecord> entities) {
    List<Row> out = new ArrayList<>();
    for (EntityOnRecord e : entities) {
      for (BodyEstablished b : s.bodiesOf(e.entity())) {
        String position = "director (" + (b.name() != null ? b.name() : b.body()) + ")";
        for (Tenure t : s.directors(b.body())) {
          out.add(row(d, s, e, position, t));
        }
      }
      Map<Office, Tenure> officers = s.officers(e.entity());
      if (officers.containsKey(Office.CHAIR)) {
        out.add(row(d, s, e, "chair", officers.get(Office.CHAIR)));
      }
      officers.forEach((o, t) -> {
        if (!o.equals(Office.CHAIR)) {
          out.add(row(d, s, e, o.name(), t));
        }
      });
    }
    return out;
  }

  static List<EntityOnRecord> entities(Draft d, StateView s) {
    String only = d.request.entity();
    if (only == null) {
      return s.entities();
    }
    if (!s.knowsEntity(only)) {
      throw DocumentException.notFound("entity", "no entity " + only + " in book " + d.book.id());
    }
    return s.entity(only).stream().toList();
  }

  private static Row row(Draft d, StateView s, EntityOnRecord e, String position, Tenure t) {
    Recorded basis = d.book.find(t.basis().actId()).orElseThrow();
    d.cite(basis);
    var status = t.basis().status(s.register());
    return new Row(e.entity(), e.name(), position, t.person(), d.name(t.person()),
        Dates.since(t.since(), t.basis().precision(), t.basis().through(), d.zone),
        org.charter.core.report.Labels.iso(t.since(), d.zone),
        StateReport.sincePrecision(t), StateReport.sinceThrough(t, d.zone),
        t.basis().actId(), d.seq(t.basis().actId()), status == null ? "not judged" : status.label(), t.basis().judged().curedBy());
  }
}
