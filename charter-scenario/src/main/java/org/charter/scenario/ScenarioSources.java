package org.charter.scenario;

import java.util.HashSet;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.report.SourceLabels;

/** Names acts' sources by a scenario's list (its sources.yaml), for the timelines of the CLI and the server. */
public final class ScenarioSources {
  private ScenarioSources() {}

  /**
   * Every source that the scenario's list resolves is named by it, whatever act gives it (the scenario's own, or one
   * proposed against it, as {@code charter check} reads); others are shown as written.
   */
  public static SourceLabels of(Scenario s) {
    SourceList list = s.sources();
    if (!list.present()) {
      return SourceLabels.AS_WRITTEN;
    }
    return a -> a.meta().sources().stream().map(list::cite).toList();
  }

  /**
   * Only the scenario's own acts name their sources by its list; an act the book holds besides them (recorded through
   * the API, with no list of its own) shows its sources as written.
   */
  public static SourceLabels ownActs(Scenario s) {
    SourceLabels byList = of(s);
    if (byList == SourceLabels.AS_WRITTEN) {
      return byList;
    }
    Set<String> ids = new HashSet<>();
    for (Act a : s.acts()) {
      ids.add(a.id());
    }
    return a -> ids.contains(a.id()) ? byList.cite(a) : SourceLabels.AS_WRITTEN.cite(a);
  }
}
