package org.charter.core.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.Office;
import org.charter.core.act.PersonDescribed;
import org.charter.core.book.Book;
import org.charter.core.state.ActRef;
import org.charter.core.state.Basis;
import org.charter.core.state.PetitionState;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;
import org.charter.core.state.Vacated;

/**
 * The state as of a basis as a tree of maps and lists, the one shape behind both the JSON and the text output: for
 * each entity its boards, chair, officers, controller and economic holders; each petition against its headcount; and
 * every act the state rests on that is invalid or undetermined.
 */
public final class StateReport {
  private final StateView s;
  private final ZoneId zone;
  private final Map<String, Map<String, Object>> defects = new LinkedHashMap<>();

  public StateReport(StateView s, ZoneId zone) {
    this.s = s;
    this.zone = zone;
  }

  public Map<String, Object> build(String scenario) {
    return build(scenario, null);
  }

  /**
   * The state as of {@code basis} in the registers asked for ({@code views}: acted, legal or both), each under
   * {@code views.acted} / {@code views.legal} in the shape {@link #build} gives, and where the two registers differ:
   * who sits on each board and holds each office as acted and under the rules. The differences are worked out whichever
   * views are asked for.
   */
  public static Map<String, Object> views(Book book, Basis basis, ZoneId zone, String entity, List<Register> views) {
    StateView acted = book.state(basis, Register.ACTED);
    StateView legal = book.state(basis, Register.LEGAL);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("book", book.id());
    if (entity != null) {
      root.put("entity", entity);
    }
    root.put("basis", basis(acted, zone));
    root.put("view", views.size() == 2 ? "both" : views.get(0).label());
    Map<String, Object> byView = new LinkedHashMap<>();
    for (Register r : views) {
      Map<String, Object> one = new StateReport(r == Register.ACTED ? acted : legal, zone).build(book.id(), entity);
      one.remove("book");
      one.remove("entity");
      one.remove("basis");
      byView.put(r.label(), one);
    }
    root.put("views", byView);
    root.put("differences", differences(acted, legal, entity));
    return root;
  }

  private static Map<String, Object> basis(StateView s, ZoneId zone) {
    Map<String, Object> basis = new LinkedHashMap<>();
    basis.put("valid_at", Labels.iso(s.basis().validAt(), zone));
    basis.put("recorded_at", s.basis().recordedAt().equals(Instant.MAX) ? "latest"
        : Labels.iso(s.basis().recordedAt(), zone));
    return basis;
  }

  /** Every seat and office whose holder differs between the registers, in entity, body and office order. */
  private static List<Object> differences(StateView acted, StateView legal, String only) {
    List<Object> out = new ArrayList<>();
    for (EntityOnRecord e : only == null ? acted.entities() : acted.entity(only).stream().toList()) {
      for (BodyEstablished b : acted.bodiesOf(e.entity())) {
        Set<String> a = new LinkedHashSet<>(acted.directorIds(b.body()));
        Set<String> l = new LinkedHashSet<>(legal.directorIds(b.body()));
        for (String p : a) {
          if (!l.contains(p)) {
            out.add(difference(e.entity(), "director of " + b.body(), p, null));
          }
        }
        for (String p : l) {
          if (!a.contains(p)) {
            out.add(difference(e.entity(), "director of " + b.body(), null, p));
          }
        }
      }
      Map<Office, Tenure> ao = acted.officers(e.entity());
      Map<Office, Tenure> lo = legal.officers(e.entity());
      java.util.SortedSet<Office> offices = new java.util.TreeSet<>(ao.keySet());
      offices.addAll(lo.keySet());
      for (Office o : offices) {
        String ap = ao.containsKey(o) ? ao.get(o).person() : null;
        String lp = lo.containsKey(o) ? lo.get(o).person() : null;
        if (!java.util.Objects.equals(ap, lp)) {
          out.add(difference(e.entity(), "office " + o.name(), ap, lp));
        }
      }
    }
    return out;
  }

  private static Map<String, Object> difference(String entity, String position, String acted, String legal) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", entity);
    m.put("position", position);
    m.put("acted", acted);
    m.put("legal", legal);
    return m;
  }

  /**
   * The state of one entity only when {@code entity} is not null: its entry under entities (none if it is not formed
   * as of the basis), the petitions against it, and the defective acts those rest on. An answer the size of the
   * question, where the whole book's state of a thousand entities would be megabytes.
   */
  public Map<String, Object> build(String scenario, String entity) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("book", scenario);
    if (entity != null) {
      root.put("entity", entity);
    }
    root.put("basis", basis(s, zone));
    List<Object> entities = new ArrayList<>();
    for (EntityOnRecord e : entity == null ? s.entities() : s.entity(entity).stream().toList()) {
      entities.add(entity(e));
    }
    root.put("entities", entities);
    List<Object> petitions = new ArrayList<>();
    for (PetitionState p : entity == null ? s.petitions() : s.petitionsOf(entity)) {
      petitions.add(petition(p));
    }
    root.put("petitions", petitions);
    root.put("rests_on_defective_acts", new ArrayList<>(defects.values()));
    return root;
  }

  private Map<String, Object> entity(EntityOnRecord e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.entity());
    m.put("name", e.name());
    m.put("kind", Labels.lower(e.kind()));
    m.put("jurisdiction", e.jurisdiction());
    m.put("profile", e.profile());
    m.put("ultimate_controller", s.ultimateController(e.entity()));
    List<Object> chain = new ArrayList<>();
    for (ControlLinkSet l : s.controlChain(e.entity())) {
      // In this order in every process: Map.of's order changes from one JVM to the next.
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("controller", l.controller());
      link.put("controlled", l.controlled());
      link.put("kind", Labels.lower(l.kind()));
      chain.add(link);
    }
    m.put("control_chain", chain);
    List<Object> boards = new ArrayList<>();
    for (BodyEstablished b : s.bodiesOf(e.entity())) {
      boards.add(body(b));
    }
    m.put("bodies", boards);
    Map<Office, Tenure> officers = s.officers(e.entity());
    m.put("chair", officers.containsKey(Office.CHAIR) ? tenure(officers.get(Office.CHAIR)) : null);
    List<Object> offices = new ArrayList<>();
    officers.forEach((o, t) -> {
      if (!o.equals(Office.CHAIR)) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("office", o.name());
        x.putAll(tenure(t));
        offices.add(x);
      }
    });
    m.put("officers", offices);
    List<Object> vacated = new ArrayList<>();
    for (Vacated v : s.officesVacatedByDefectiveActs(e.entity())) {
      vacated.add(vacated(v));
    }
    m.put("offices_vacated_by_defective_acts", vacated);
    List<Object> holders = new ArrayList<>();
    for (EconomicInterestSet h : s.economicHolders(e.entity())) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("holder", h.holder());
      x.put("class", h.interestClass());
      x.put("percent", h.percent() == null ? null : h.percent().toPlainString());
      x.put("source_act", h.id());
      holders.add(x);
    }
    m.put("economic_holders", holders);
    return m;
  }

  private Map<String, Object> body(BodyEstablished b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.body());
    m.put("kind", Labels.lower(b.kind()));
    List<Object> directors = new ArrayList<>();
    for (Tenure t : s.directors(b.body())) {
      directors.add(tenure(t));
    }
    m.put("director_count", directors.size());
    m.put("directors", directors);
    List<Object> vacated = new ArrayList<>();
    for (Vacated v : s.seatsVacatedByDefectiveActs(b.body())) {
      vacated.add(vacated(v));
    }
    m.put("seats_vacated_by_defective_acts", vacated);
    if (b.kind() == org.charter.core.act.BodyKind.COMMITTEE) {
      // A committee's directors are its members still on the board, with their board tenures.
      m.put("powers", b.powers() == null ? null : b.powers().stream().map(Labels::lower).toList());
      m.put("designated_by", b.resolution());
    }
    return m;
  }

  private Map<String, Object> tenure(Tenure t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", t.person());
    m.put("name", name(t.person()));
    m.put("since", Labels.iso(t.since(), zone));
    // A tenure begun by an act whose source gives only its month or year: since is the start of that period.
    m.put("since_precision", sincePrecision(t));
    m.put("since_through", sinceThrough(t, zone));
    m.put("basis_act", t.basis().actId());
    m.put("basis_verdict", t.basis().status(s.register()) == null ? null : t.basis().status(s.register()).label());
    m.put("cured_by", t.basis().judged().curedBy());
    note(t.basis());
    return m;
  }

  /** Where the act that began a tenure is dated only to a month or year, which ("month", "year"); else null. */
  public static String sincePrecision(Tenure t) {
    return t.basis().precision() == null ? null : Labels.lower(t.basis().precision());
  }

  /** Where the act that began a tenure is dated by a span ("2018–19"), the span's last month or year ("2019"). */
  public static String sinceThrough(Tenure t, ZoneId zone) {
    return t.basis().through() == null ? null : Labels.periodOf(t.basis().through(), t.basis().precision(), zone);
  }

  private Map<String, Object> vacated(Vacated v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", v.person());
    m.put("name", name(v.person()));
    m.put("position", v.position().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.put("at", Labels.iso(v.at(), zone));
    m.put("by_act", v.by().actId());
    m.put("verdict", v.by().status(s.register()).label());
    note(v.by());
    return m;
  }

  private void note(ActRef ref) {
    if (ref.defective(s.register())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("act", ref.actId());
      m.put("verdict", ref.status(s.register()).label());
      m.put("cured_by", ref.judged().curedBy());
      defects.putIfAbsent(ref.actId(), m);
    }
  }

  private Map<String, Object> petition(PetitionState p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.petition());
    m.put("entity", p.entity());
    m.put("text", p.text());
    m.put("signatures", p.signatures().toString());
    m.put("signatures_value", p.signatures().value());
    m.put("signatures_qualifier", Labels.lower(p.signatures().qualifier()));
    m.put("headcount", p.headcount() == null ? null : p.headcount().toString());
    m.put("headcount_value", p.headcount() == null ? null : p.headcount().value());
    m.put("headcount_qualifier", p.headcount() == null ? null : Labels.lower(p.headcount().qualifier()));
    m.put("named_signers", p.namedSigners());
    return m;
  }

  private String name(String person) {
    return s.person(person).map(PersonDescribed::name).orElse(person);
  }

}
