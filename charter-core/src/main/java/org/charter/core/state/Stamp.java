package org.charter.core.state;

import java.time.Instant;

/**
 * Where an entry of the projection sits: its act, valid time, recorded time, place in the book, its procedural rank
 * (see {@link Order}) and the act's verdicts.
 */
public record Stamp(String actId, Instant validAt, Instant recordedAt, long seq, int rank, Judged judged) {
  boolean visibleAt(Basis b) {
    return !validAt.isAfter(b.validAt()) && !recordedAt.isAfter(b.recordedAt());
  }
}
