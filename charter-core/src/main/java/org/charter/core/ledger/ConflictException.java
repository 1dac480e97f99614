package org.charter.core.ledger;

/** An append that does not fit the book as it stands; nothing was written. */
public final class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
