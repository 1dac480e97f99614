package org.charter.scenario;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;

/** A scenario as loaded from its directory: what it is, and its acts in file and then list order. */
public record Scenario(
    String id,
    String title,
    ZoneId zone,
    String recordedBy,
    @Nullable String description,
    List<Act> acts,
    Path dir) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(dir, "dir");
    acts = List.copyOf(acts);
  }
}
