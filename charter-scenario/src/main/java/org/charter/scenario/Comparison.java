package org.charter.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.BindingAct;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.Office;
import org.charter.core.act.Source;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.report.Labels;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.state.Tenure;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * The verdict of every binding act under each of several variants of one scenario, in both registers, and who holds
 * each seat and office at given moments. Where a verdict differs from the first variant's, it names what it turns on:
 * the findings that changed, and the edits of the variants that change it when applied alone to the scenario (or all
 * of them together, where no one of them does). The tree is what {@code charter compare} prints, as text or JSON.
 */
public final class Comparison {
  private final Scenario scenario;
  private final List<Variant> variants;
  private final List<Book> books = new ArrayList<>();
  // The scenario's own book, against which each edit alone is weighed.
  private final Book plain;
  private final Map<String, Book> alone = new LinkedHashMap<>();
  // Each variant's edits against the scenario, worked out once: every differing cell weighs them.
  private final Map<String, List<Variant.Edit>> edits = new LinkedHashMap<>();

  public Comparison(Scenario scenario, List<Variant> variants) {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    this.scenario = scenario;
    this.variants = List.copyOf(variants);
    this.plain = replay(scenario.acts());
    for (Variant v : variants) {
      List<Variant.Edit> e = v.edits(scenario.acts());
      edits.put(v.id(), e);
      books.add(replay(Variant.apply(scenario.acts(), e)));
    }
  }

  private Book replay(List<Act> acts) {
    Book b = new Book(scenario.id(), scenario.zone());
    for (Act a : acts) {
      b.replay(a);
    }
    return b;
  }

  /** The matrix of {@code acts} (null: every binding act of any variant) and the state at each moment. */
  public Map<String, Object> tree(List<String> acts, List<Instant> moments, boolean onlyDiffering) {
    return tree(acts, moments, onlyDiffering, null);
  }

  /**
   * As {@link #tree(List, List, boolean)}, and at each moment, where {@code waterfallCents} is given, how one
   * distribution of that many cents splits by holder in each variant, through the waterfall of the entity that has one.
   */
  public Map<String, Object> tree(List<String> acts, List<Instant> moments, boolean onlyDiffering,
      Long waterfallCents) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario.id());
    List<Object> vs = new ArrayList<>();
    for (Variant v : variants) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", v.id());
      m.put("title", v.title());
      m.put("description", v.description());
      // Named by the scenario's list of sources, as the timeline names them; as written where it has none.
      m.put("sources", v.sources().stream().map(scenario.sources()::label).toList());
      m.put("source_entries", v.sources().stream().map(x -> scenario.sources().cite(x).tree()).toList());
      m.put("edits", edits.get(v.id()).stream().map(Variant.Edit::label).toList());
      vs.add(m);
    }
    root.put("variants", vs);
    List<Object> rows = new ArrayList<>();
    for (String id : acts == null ? bindingActs() : acts) {
      Map<String, Object> row = row(id);
      if (!onlyDiffering || Boolean.TRUE.equals(row.get("differs"))) {
        rows.add(row);
      }
    }
    root.put("acts", rows);
    List<Object> states = new ArrayList<>();
    for (Instant t : moments) {
      Map<String, Object> st = state(t);
      st.put("control", control(t));
      if (waterfallCents != null) {
        st.put("waterfall", waterfall(t, waterfallCents));
      }
      states.add(st);
    }
    root.put("states", states);
    return root;
  }

  /** Every binding act of any variant, in the order of the first variant's record, then those only others hold. */
  private List<String> bindingActs() {
    Set<String> ids = new LinkedHashSet<>();
    for (Book b : books) {
      for (Recorded r : b.timeline()) {
        if (r.act() instanceof BindingAct) {
          ids.add(r.act().id());
        }
      }
    }
    return new ArrayList<>(ids);
  }

  /** Whether any variant holds the act. */
  public boolean holds(String actId) {
    return books.stream().anyMatch(b -> b.find(actId).isPresent());
  }

  private Map<String, Object> row(String id) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("act", id);
    Recorded any = books.stream().map(b -> b.find(id)).flatMap(java.util.Optional::stream).findFirst().orElse(null);
    row.put("summary", any == null ? null : org.charter.core.report.ActSummary.of(any.act(), p -> p));
    row.put("valid_at", any == null ? null : Labels.iso(any.act().meta().validAt(), scenario.zone()));
    Map<String, Object> cells = new LinkedHashMap<>();
    String first = null;
    boolean differs = false;
    for (int i = 0; i < variants.size(); i++) {
      Map<String, Object> cell = cell(books.get(i), id);
      String label = (String) cell.get("label");
      if (i == 0) {
        first = label;
      } else if (!Objects.equals(first, label)) {
        differs = true;
        cell.put("differs", true);
        // An act one side does not hold has no findings there to compare.
        boolean both = books.get(0).find(id).isPresent() && books.get(i).find(id).isPresent();
        cell.put("findings_changed", both ? findingsChanged(books.get(0), books.get(i), id) : List.of());
        cell.put("turns_on", turnsOn(variants.get(0), variants.get(i), id));
      }
      cells.put(variants.get(i).id(), cell);
    }
    row.put("differs", differs);
    row.put("cells", cells);
    return row;
  }

  static Map<String, Object> cell(Book b, String id) {
    Map<String, Object> cell = new LinkedHashMap<>();
    Recorded r = b.find(id).orElse(null);
    if (r == null) {
      cell.put("legal", null);
      cell.put("acted", null);
      cell.put("label", "not in this variant");
      cell.put("differs", false);
      return cell;
    }
    Verdict legal = r.verdict(Register.LEGAL);
    Verdict acted = r.verdict(Register.ACTED);
    String l = legal == null ? "note" : legal.label() + (r.judged().curedBy() == null ? "" : ", cured");
    String a = acted == null ? "note" : acted.label();
    cell.put("legal", l);
    cell.put("acted", a);
    cell.put("label", l.equals(a) ? l : l + " [as acted: " + a + "]");
    cell.put("differs", false);
    return cell;
  }

  /** Each rule whose finding differs between the two books: "DE-141f-consent: not met (void) -> none". */
  static List<String> findingsChanged(Book a, Book b, String id) {
    Map<String, String> fa = outcomes(a, id);
    Map<String, String> fb = outcomes(b, id);
    Set<String> rules = new LinkedHashSet<>(fa.keySet());
    rules.addAll(fb.keySet());
    List<String> out = new ArrayList<>();
    for (String rule : rules) {
      String x = fa.getOrDefault(rule, "none");
      String y = fb.getOrDefault(rule, "none");
      if (!x.equals(y)) {
        out.add(rule + ": " + x + " -> " + y);
      }
    }
    return out;
  }

  private static Map<String, String> outcomes(Book b, String id) {
    Map<String, String> out = new LinkedHashMap<>();
    Verdict v = b.find(id).map(r -> r.verdict(Register.LEGAL)).orElse(null);
    if (v != null) {
      for (Finding f : v.findings()) {
        String o = switch (f.outcome()) {
          case MET -> "met";
          case NOT_MET -> "not met (" + f.defect().name().toLowerCase(java.util.Locale.ROOT) + ")";
          case UNKNOWN -> "unknown";
          case WARNING -> "warning";
        };
        // A rule with several findings on one act (none today) keeps the worst-read one: the last.
        out.put(f.ruleId(), o);
      }
    }
    return out;
  }

  /**
   * The edits of either variant that, applied alone to the scenario, change the act's verdict there: each with the
   * sources the edited act gives (what it assumes). Where no one edit does, all the edits together.
   */
  private List<String> turnsOn(Variant reference, Variant other, String id) {
    String base = (String) cell(plain, id).get("label");
    List<String> out = new ArrayList<>();
    List<Variant.Edit> all = new ArrayList<>();
    for (Variant v : List.of(reference, other)) {
      for (Variant.Edit e : edits.get(v.id())) {
        all.add(e);
        Book b = alone.computeIfAbsent(v.id() + "\u0000" + e.label(),
            k -> replay(Variant.apply(scenario.acts(), List.of(e))));
        if (!Objects.equals(base, cell(b, id).get("label"))) {
          out.add(v.id() + ": " + describe(e, scenario.sources()));
        }
      }
    }
    if (out.isEmpty()) {
      for (Variant.Edit e : all) {
        out.add("together: " + describe(e, scenario.sources()));
      }
    }
    return out;
  }

  /** The edit, with the sources the edited act gives but its seeds, named by {@code list}. */
  static String describe(Variant.Edit e, SourceList list) {
    if (e.act() == null) {
      return e.label();
    }
    List<String> assumed = e.act().meta().sources().stream()
        .filter(s -> s.kind() == Source.SourceKind.ASSUMPTION || s.kind() == Source.SourceKind.PUBLIC_RECORD
            || s.kind() == Source.SourceKind.REPORTED)
        .map(list::label).toList();
    return e.label() + (assumed.isEmpty() ? "" : " (" + String.join("; ", assumed) + ")");
  }

  /** Who sits and holds office at {@code t} in each variant and register, and the positions where they differ. */
  private Map<String, Object> state(Instant t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", Labels.iso(t, scenario.zone()));
    List<Object> diffs = new ArrayList<>();
    for (Register r : List.of(Register.LEGAL, Register.ACTED)) {
      List<Map<String, Set<String>>> holders = new ArrayList<>();
      Set<String> positions = new LinkedHashSet<>();
      for (Book b : books) {
        Map<String, Set<String>> h = holders(b.state(Basis.at(t), r));
        holders.add(h);
        positions.addAll(h.keySet());
      }
      for (String p : positions) {
        List<Set<String>> each = holders.stream().map(h -> h.getOrDefault(p, Set.of())).toList();
        if (each.stream().distinct().count() > 1) {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("register", r.label());
          d.put("position", p);
          Map<String, Object> by = new LinkedHashMap<>();
          for (int i = 0; i < variants.size(); i++) {
            by.put(variants.get(i).id(), new ArrayList<>(each.get(i)));
          }
          d.put("holders", by);
          diffs.add(d);
        }
      }
    }
    m.put("differences", diffs);
    return m;
  }

  /** Each entity whose ultimate controller differs between the variants at {@code t} (legal register). */
  private List<Object> control(Instant t) {
    List<Map<String, String>> each = new ArrayList<>();
    Set<String> entities = new LinkedHashSet<>();
    for (Book b : books) {
      StateView s = b.state(Basis.at(t), Register.LEGAL);
      Map<String, String> m = new LinkedHashMap<>();
      for (EntityOnRecord e : s.entities()) {
        m.put(e.entity(), s.ultimateController(e.entity()));
        entities.add(e.entity());
      }
      each.add(m);
    }
    List<Object> out = new ArrayList<>();
    for (String e : entities) {
      if (each.stream().map(m -> m.get(e)).distinct().count() > 1) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("entity", e);
        Map<String, Object> by = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
          by.put(variants.get(i).id(), each.get(i).get(e));
        }
        d.put("ultimate_controller", by);
        out.add(d);
      }
    }
    return out;
  }

  /**
   * One distribution of {@code cents} at {@code t} in each variant, through the waterfall of the first entity with
   * terms in the reference, and the holders whose part differs; null parts where a variant has no such terms then.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> waterfall(Instant t, long cents) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> payers = org.charter.core.report.WaterfallReport.payers(books.get(0).state(Basis.at(t)));
    if (payers.isEmpty()) {
      out.put("entity", null);
      out.put("differences", List.of());
      return out;
    }
    String entity = payers.get(0);
    out.put("entity", entity);
    out.put("amount_cents", cents);
    List<Map<String, Long>> parts = new ArrayList<>();
    Set<String> holders = new LinkedHashSet<>();
    for (Book b : books) {
      StateView s = b.state(Basis.at(t));
      Map<String, Long> p = new LinkedHashMap<>();
      if (org.charter.core.report.WaterfallReport.payers(s).contains(entity)) {
        Map<String, Object> report = org.charter.core.report.WaterfallReport.run(scenario.id(), s, entity, cents, 1,
            scenario.zone());
        Map<String, Object> first = ((List<Map<String, Object>>) report.get("distributions")).get(0);
        for (Map<String, Object> part : (List<Map<String, Object>>) first.get("parts")) {
          p.put((String) part.get("holder"), (Long) part.get("amount_cents"));
          holders.add((String) part.get("holder"));
        }
      }
      parts.add(p);
    }
    List<Object> diffs = new ArrayList<>();
    for (String h : holders) {
      if (parts.stream().map(p -> p.getOrDefault(h, 0L)).distinct().count() > 1) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("holder", h);
        Map<String, Object> by = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
          by.put(variants.get(i).id(), parts.get(i).getOrDefault(h, 0L));
        }
        d.put("amount_cents", by);
        diffs.add(d);
      }
    }
    out.put("differences", diffs);
    return out;
  }

  private static Map<String, Set<String>> holders(StateView s) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (EntityOnRecord e : s.entities()) {
      for (BodyEstablished b : s.bodiesOf(e.entity())) {
        Set<String> d = new LinkedHashSet<>();
        s.directors(b.body()).forEach(x -> d.add(x.person()));
        out.put("directors of " + b.body(), d);
      }
      for (Map.Entry<Office, Tenure> o : s.officers(e.entity()).entrySet()) {
        out.put(o.getKey().name() + " of " + e.entity(), Set.of(o.getValue().person()));
      }
    }
    return out;
  }
}
