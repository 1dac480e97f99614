package org.charter.cli;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.book.Book;
import org.charter.core.report.StateReport;
import org.charter.core.state.Basis;
import org.charter.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Answers who sits on which board, who holds which office, who controls what, as of a moment. */
@Command(name = "state", mixinStandardHelpOptions = true, footer = {"", BookSource.FOOTER},
    description = "The state of a scenario as of a valid time (and, separately, of what had been recorded by a"
        + " recorded time): directors and chair of each body, officers, ultimate controllers, economic holders,"
        + " petitions against headcount, and what rests on an invalid or undetermined act; in the legal register (under"
        + " the rules, void acts given no effect), as acted, or both with where they differ. Times take an offset"
        + " (2023-11-17T12:00:00-08:00) or are read in the scenario's time zone (2023-11-17T12:00, 2023-11-17).")
final class StateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BookSource source;

  @Option(names = "--at", required = true, description = "valid time: the moment asked about")
  String at;

  @Option(names = "--recorded-at", description = "recorded time: the record as it stood then, only the acts recorded"
      + " by then, judged as they were then (default: all)")
  String recordedAt;

  @Option(names = "--entity", description = "only this entity: its bodies, officers, control and holders, and the"
      + " petitions against it (default: every entity)")
  String entity;

  @Mixin ViewOption view;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Scenario s = source.scenario();
    Instant valid = Times.parse("--at", at, s.zone());
    Instant recorded = recordedAt == null ? Instant.MAX : Times.parse("--recorded-at", recordedAt, s.zone());
    Book book = source.book();
    Basis basis = new Basis(valid, recorded);
    if (entity != null && !book.state(basis).knowsEntity(entity)) {
      throw new BadInputException("--entity: no entity " + entity + " in " + s.id());
    }
    Map<String, Object> report = StateReport.views(book, basis, s.zone(), entity, view.registers());
    var out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, report);
    } else {
      StateText.print(out, report);
    }
    return Failures.OK;
  }
}
