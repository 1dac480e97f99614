package org.charter.scenario;

import java.nio.file.Path;
import java.util.Objects;

/** One error in a scenario file, at a 1-based line and column (0 and 0 when it concerns the file as a whole). */
public record Problem(Path file, int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as a compiler would print it: {@code file:line:column: message}, or {@code file: message}. */
  @Override
  public String toString() {
    return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
