package org.charter.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file, converting SnakeYAML's 0-based marks to 1-based lines and columns. */
final class ProblemSink {
  private final Path file;
  private final List<Problem> problems;
  private int count;
  private Problem unreadable;

  ProblemSink(Path file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  Path file() {
    return file;
  }

  void add(Node node, String message) {
    add(node.getStartMark(), message);
  }

  /** A problem with the file as a whole, at line 0 and column 0. */
  void addWhole(String message) {
    problems.add(new Problem(file, 0, 0, message));
    count++;
  }

  /** Records the problem that kept the whole file from being read (a syntax or encoding error). */
  void addUnreadable(int line, int column, String message) {
    unreadable = new Problem(file, line, column, message);
    problems.add(unreadable);
    count++;
  }

  /** The problem that kept the file from being read, if one did: its acts, and the names they define, are missing. */
  Optional<Problem> unreadable() {
    return Optional.ofNullable(unreadable);
  }

  /** How many problems this file has had so far. */
  int count() {
    return count;
  }

  void add(Mark mark, String message) {
    if (mark == null) {
      addWhole(message);
      return;
    }
    problems.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    count++;
  }

  /** Records the problem and returns the exception that unwinds the value being mapped. */
  Failed fail(Node node, String message) {
    add(node, message);
    return Failed.INSTANCE;
  }

  /** A value could not be mapped; its problem has been recorded already. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Failed INSTANCE = new Failed();

    private Failed() {
      // No stack trace: this only unwinds to the enclosing field, which carries on with the next one.
      super(null, null, false, false);
    }
  }
}
