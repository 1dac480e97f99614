package org.charter.cli;

/** Input the command cannot use (a missing file, a malformed time); exits 2 and writes nothing. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
