package org.charter.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import java.util.function.Function;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.capital.Capital;
import org.charter.core.capital.CapitalBook;
import org.charter.core.state.StateView;
import org.charter.core.capital.DistributionSplit;
import org.charter.core.capital.HolderStanding;
import org.charter.core.capital.Money;

/** A distribution's split and the standings against caps as a tree of maps and lists, for JSON and text alike. */
public final class WaterfallReport {
  private WaterfallReport() {}

  /**
   * The report `charter waterfall` prints: {@code count} distributions of {@code cents} by {@code entity} after those on
   * record as of the view's basis, each split, then every holder's standing against its cap.
   *
   * @throws IllegalArgumentException if the entity has no waterfall terms on record
   */
  public static Map<String, Object> run(String book, StateView view, String entity, long cents, int count,
      ZoneId zone) {
    CapitalBook capital = Capital.of(view, entity);
    if (capital.terms() == null) {
      throw new IllegalArgumentException("no waterfall terms of " + entity + " are on record by "
          + Labels.iso(view.basis().validAt(), zone));
    }
    int onRecord = capital.distributions();
    Function<String, String> name = p -> view.person(p).map(PersonDescribed::name)
        .or(() -> view.entity(p).map(EntityOnRecord::name)).orElse(p);
    List<Object> tree = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      tree.add(split(capital.distribute("proposed-" + i, cents), name));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("book", book);
    root.put("entity", entity);
    root.put("at", Labels.iso(view.basis().validAt(), zone));
    root.put("distributions_on_record", onRecord);
    root.put("distributions", tree);
    root.put("standings", standings(capital.standings(), name));
    return root;
  }

  /** The one entity with waterfall terms on record, or empty when there is none or more than one. */
  public static List<String> payers(StateView view) {
    List<String> payers = new ArrayList<>();
    for (String e : view.capitalEntities()) {
      if (view.capitalActs(e).stream().anyMatch(a -> a instanceof WaterfallTermsSet)) {
        payers.add(e);
      }
    }
    return payers;
  }

  public static Map<String, Object> split(DistributionSplit s, Function<String, String> name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("act", s.actId());
    m.put("amount", Money.dollars(s.amountCents()).toPlainString());
    m.put("amount_cents", s.amountCents());
    List<Object> parts = new ArrayList<>();
    long sum = 0;
    for (Map.Entry<String, Long> e : s.byHolder().entrySet()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("holder", e.getKey());
      x.put("name", name.apply(e.getKey()));
      x.put("amount", Money.dollars(e.getValue()).toPlainString());
      x.put("amount_cents", e.getValue());
      parts.add(x);
      sum += e.getValue();
    }
    m.put("parts", parts);
    m.put("parts_sum_cents", sum);
    return m;
  }

  public static List<Object> standings(List<HolderStanding> standings, Function<String, String> name) {
    List<Object> out = new ArrayList<>();
    for (HolderStanding h : standings) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("holder", h.holder());
      x.put("name", name.apply(h.holder()));
      x.put("invested", Money.dollars(h.investedCents()).toPlainString());
      x.put("cap", h.capCents() == null ? null : Money.dollars(h.capCents()).toPlainString());
      x.put("received", Money.dollars(h.receivedCents()).toPlainString());
      x.put("received_cents", h.receivedCents());
      x.put("cap_cents", h.capCents());
      x.put("remaining_to_cap", h.capCents() == null ? null
          : Money.dollars(Math.max(0, h.capCents() - h.receivedCents())).toPlainString());
      x.put("capped", h.capped());
      x.put("stopped_by_determination", h.stoppedBy());
      out.add(x);
    }
    return out;
  }
}
