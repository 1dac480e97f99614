package org.charter.core.state;

import java.time.Instant;

/** Where an entry of the projection sits: its act, valid time, recorded time and place in the book. */
public record Stamp(String actId, Instant validAt, Instant recordedAt, long seq) {
  boolean visibleAt(Basis b) {
    return !validAt.isAfter(b.validAt()) && !recordedAt.isAfter(b.recordedAt());
  }
}
