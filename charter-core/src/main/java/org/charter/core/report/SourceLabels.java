package org.charter.core.report;

import java.util.List;
import org.charter.core.act.Act;

/** How a timeline names an act's sources: as written, or by a scenario's list of sources (its sources.yaml). */
@FunctionalInterface
public interface SourceLabels {
  /** Each source as the act gives it: {@code seed 001}, {@code reported: Wired, 19 Nov 2023: ...}. */
  SourceLabels AS_WRITTEN = a -> a.meta().sources().stream().map(CitedSource::asWritten).toList();

  /** The act's sources, each with its label and the parts of the entry it names, in the act's order. */
  List<CitedSource> cite(Act a);

  /** The act's sources, one label each, in the act's order. */
  default List<String> of(Act a) {
    return cite(a).stream().map(CitedSource::label).toList();
  }
}
