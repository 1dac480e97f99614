package org.charter.core.access;

/** What a token may do in a book, each role including the ones before it except where noted. */
public enum Role {
  /** Reads the book: its timeline, verdicts, state and chain. */
  VIEWER,
  /** Reads, and signs the director's own votes, consents and waivers: acts whose every signature is theirs. */
  DIRECTOR,
  /** Reads and records any act. */
  SECRETARY,
  /** Reads, records any act, and issues tokens with roles on the book. */
  ADMIN;

  /** Whether this role reaches at least {@code other}. */
  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
