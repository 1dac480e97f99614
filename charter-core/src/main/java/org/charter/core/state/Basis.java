package org.charter.core.state;

import java.time.Instant;
import java.util.Objects;

/**
 * The moment a query is asked about: valid time (when things legally happened) and recorded time (what had been written
 * down by then). Asking twice with the same basis gives the same answer.
 */
public record Basis(Instant validAt, Instant recordedAt) {
  public Basis {
    Objects.requireNonNull(validAt, "validAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Valid time {@code validAt}, with everything recorded so far. */
  public static Basis at(Instant validAt) {
    return new Basis(validAt, Instant.MAX);
  }
}
