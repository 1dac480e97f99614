package org.charter.scenario;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;

/**
 * A scenario as loaded from its directory: what it is, its acts in file and then list order, and its list of sources
 * ({@link SourceList#NONE} without sources.yaml).
 */
public record Scenario(
    String id,
    String title,
    ZoneId zone,
    String recordedBy,
    @Nullable String description,
    List<Act> acts,
    Path dir,
    SourceList sources) {
  /** A scenario with no list of sources: a book read from a store, or the context of acts recorded through the API. */
  public Scenario(String id, String title, ZoneId zone, String recordedBy, @Nullable String description, List<Act> acts,
      Path dir) {
    this(id, title, zone, recordedBy, description, acts, dir, SourceList.NONE);
  }

  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(sources, "sources");
    acts = List.copyOf(acts);
  }
}
