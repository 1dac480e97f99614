package org.charter.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.charter.core.capital.DistributionSplit;
import org.charter.core.capital.HolderStanding;
import org.charter.core.capital.Money;

/** A distribution's split and the standings against caps as a tree of maps and lists, for JSON and text alike. */
public final class WaterfallReport {
  private WaterfallReport() {}

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
