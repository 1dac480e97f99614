package org.charter.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.core.report.SourceLabels;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioSources;

/**
 * How the timeline of each book names its acts' sources: by the sources.yaml of the scenario it was imported from, for
 * that scenario's acts; as written for acts recorded through the API, and for a book with no scenario.
 */
final class BookSources {
  private final Map<String, SourceLabels> byBook = new ConcurrentHashMap<>();

  /** Names the sources of {@code s}'s acts, in its book, by its list. */
  void add(Scenario s) {
    byBook.put(s.id(), ScenarioSources.ownActs(s));
  }

  SourceLabels of(String book) {
    return byBook.getOrDefault(book, SourceLabels.AS_WRITTEN);
  }
}
