package org.charter.core.state;

import java.time.Instant;
import java.util.Objects;

/**
 * The moment a query is asked about: valid time (when things legally happened) and recorded time (what had been written
 * down by then). Asking twice with the same basis gives the same answer. A basis {@code before} an act sees only what
 * comes before that act in the {@link Order} of the record, not the acts at the same instant that follow it: the state
 * an act is judged against.
 */
public record Basis(Instant validAt, Instant recordedAt, Stamp before) {
  public Basis {
    Objects.requireNonNull(validAt, "validAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Basis(Instant validAt, Instant recordedAt) {
    this(validAt, recordedAt, null);
  }

  /** Valid time {@code validAt}, with everything recorded so far. */
  public static Basis at(Instant validAt) {
    return new Basis(validAt, Instant.MAX);
  }
}
