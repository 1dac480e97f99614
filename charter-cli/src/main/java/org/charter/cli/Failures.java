package org.charter.cli;

import java.io.UncheckedIOException;
import org.charter.core.ledger.ConflictException;
import org.charter.scenario.ScenarioException;
import picocli.CommandLine;

/** The error taxonomy mapped once to exit codes: bad input 2, conflict 1, fault 3, each with a clear message. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  static final int OK = 0;
  static final int NO = 1;
  static final int BAD_INPUT = 2;
  static final int FAULT = 3;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    var err = cl.getErr();
    return switch (e) {
      case ScenarioException s -> {
        err.println(s.getMessage());
        err.println("nothing was written");
        yield BAD_INPUT;
      }
      case BadInputException b -> {
        err.println("error: " + b.getMessage());
        yield BAD_INPUT;
      }
      case ConflictException c -> {
        err.println("conflict: " + c.getMessage());
        err.println("nothing was written");
        yield NO;
      }
      case UncheckedIOException io -> {
        err.println("error: " + io.getCause().getMessage());
        yield FAULT;
      }
      case IllegalStateException s -> {
        // Stores report faults of the file or disk this way, naming the file.
        err.println("error: " + s.getMessage());
        yield FAULT;
      }
      default -> {
        err.println("internal error: " + e);
        e.printStackTrace(err);
        yield FAULT;
      }
    };
  }
}
