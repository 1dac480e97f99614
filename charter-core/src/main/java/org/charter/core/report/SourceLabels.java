package org.charter.core.report;

import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.Source;

/** How a timeline names an act's sources: as written, or by a scenario's list of sources (its sources.yaml). */
@FunctionalInterface
public interface SourceLabels {
  /** Each source as the act gives it: {@code seed 001}, {@code reported: Wired, 19 Nov 2023: ...}. */
  SourceLabels AS_WRITTEN = a -> a.meta().sources().stream().map(Source::toString).toList();

  /** The act's sources, one label each, in the act's order. */
  List<String> of(Act a);
}
