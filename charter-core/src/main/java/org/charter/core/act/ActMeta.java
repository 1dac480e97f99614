package org.charter.core.act;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every act carries: its id, when it legally happened (valid time), when it was written down (recorded time),
 * who recorded it, its sources and an optional note. {@code precision} is null when the valid time is as given, or says
 * that the source gives only its month or year ({@link Precision}).
 */
public record ActMeta(
    String id, Instant validAt, Instant recordedAt, String recordedBy, List<Source> sources, @Nullable String note,
    @Nullable Precision precision) {
  public ActMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(validAt, "validAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A valid time known to the day or better. */
  public ActMeta(String id, Instant validAt, Instant recordedAt, String recordedBy, List<Source> sources, String note) {
    this(id, validAt, recordedAt, recordedBy, sources, note, null);
  }

  public static ActMeta of(String id, Instant validAt) {
    return new ActMeta(id, validAt, validAt, "charter", List.of(), null, null);
  }

  public ActMeta withRecordedAt(Instant recorded) {
    return new ActMeta(id, validAt, recorded, recordedBy, sources, note, precision);
  }
}
