package org.charter.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Nullable;

/**
 * One entry of a scenario's sources.yaml: the short source an act names ({@code key}), and what it is. {@code date} is
 * an ISO date, a month ({@code 2023-11}), a year or {@code undated}; {@code file} is a seed's file name.
 */
public record SourceEntry(
    String key,
    @Nullable String title,
    String publisher,
    String date,
    @Nullable String file,
    @Nullable String url,
    @Nullable String note) {
  public SourceEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
  }

  /** What the entry names, for a timeline: {@code 'Title', Publisher, 2023-11-19 (001_x.txt) <url>}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (title != null) {
      parts.add(title);
    }
    parts.add(publisher);
    parts.add(date);
    StringBuilder b = new StringBuilder(String.join(", ", parts));
    if (file != null) {
      b.append(" (").append(file).append(')');
    }
    if (url != null) {
      b.append(" <").append(url).append('>');
    }
    return b.toString();
  }
}
