package org.charter.core.act;

import java.util.Objects;

/** Where a fact comes from: a seed document, the public record, a report, or an assumption labelled as one. */
public record Source(SourceKind kind, String ref, @Nullable String quote) {
  public Source {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ref, "ref");
  }

  /** The kinds of source. */
  public enum SourceKind {
    SEED,
    PUBLIC_RECORD,
    REPORTED,
    ASSUMPTION
  }

  @Override
  public String toString() {
    String label = switch (kind) {
      case SEED -> "seed " + ref;
      case PUBLIC_RECORD -> "public record: " + ref;
      case REPORTED -> "reported: " + ref;
      case ASSUMPTION -> "assumption: " + ref;
    };
    return label;
  }
}
