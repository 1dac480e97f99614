package org.charter.core.capital;

import java.util.Map;

/** How one distribution was split: cents per holder, adding up exactly to the amount, and the standings after it. */
public record DistributionSplit(
    String actId, long amountCents, Map<String, Long> byHolder, java.util.List<HolderStanding> standings) {
  public DistributionSplit {
    byHolder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byHolder));
    standings = java.util.List.copyOf(standings);
  }
}
