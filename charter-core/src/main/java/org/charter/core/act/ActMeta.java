package org.charter.core.act;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every act carries: its id, when it legally happened (valid time), when it was written down (recorded time),
 * who recorded it, its sources and an optional note. {@code precision} is null when the valid time is as given, or says
 * that the source gives only its month or year ({@link Precision}). {@code through} is null unless the source gives a
 * span of months or years ("2018–19"): it is then the start of the last month or year of the span, and the valid time
 * the start of the first, which is where the act takes its place in the record.
 */
public record ActMeta(
    String id, Instant validAt, Instant recordedAt, String recordedBy, List<Source> sources, @Nullable String note,
    @Nullable Precision precision, @Nullable Instant through) {
  public ActMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(validAt, "validAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    sources = sources == null ? List.of() : List.copyOf(sources);
    if (through != null && precision == null) {
      throw new IllegalArgumentException("through: a span needs a precision (month or year)");
    }
    if (through != null && !through.isAfter(validAt)) {
      throw new IllegalArgumentException("through: the span's last period must begin after its first");
    }
  }

  /** A valid time known to the day or better. */
  public ActMeta(String id, Instant validAt, Instant recordedAt, String recordedBy, List<Source> sources, String note) {
    this(id, validAt, recordedAt, recordedBy, sources, note, null, null);
  }

  /** A valid time known to the day or better, or only to one month or year. */
  public ActMeta(String id, Instant validAt, Instant recordedAt, String recordedBy, List<Source> sources, String note,
      @Nullable Precision precision) {
    this(id, validAt, recordedAt, recordedBy, sources, note, precision, null);
  }

  public static ActMeta of(String id, Instant validAt) {
    return new ActMeta(id, validAt, validAt, "charter", List.of(), null, null, null);
  }

  public ActMeta withRecordedAt(Instant recorded) {
    return new ActMeta(id, validAt, recorded, recordedBy, sources, note, precision, through);
  }
}
