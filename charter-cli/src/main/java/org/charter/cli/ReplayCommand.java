package org.charter.cli;

import org.charter.core.report.SourceLabels;
import org.charter.core.report.TimelineReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.book.Book;
import org.charter.core.report.StateReport;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioSources;
import org.charter.store.BookSync;
import org.charter.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Replays a scenario into the store, printing the timeline with a verdict per binding act and the final state. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay a scenario directory into the store: every act is applied as it happened, with its verdict"
        + " kept; prints the timeline and the final state. A replay of a scenario the store already holds appends only"
        + " what is new (acts recorded since through the server are kept); one that would rewrite history is"
        + " refused. --db names the store to record in (default: charter.db). With --db URL --book ID and no"
        + " directory, prints the timeline and final state of a book of the store, acts recorded through the server"
        + " included, and records nothing.")
class ReplayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private static final String DEFAULT_DB = "charter.db";

  @Mixin BookSource source;

  @Mixin FormatOption output;

  Path scenarioDir() {
    if (source.dir == null) {
      throw new BadInputException("replay needs a scenario directory, or --db URL --book ID for a book of a store"
          + " (see charter replay --help)");
    }
    return source.dir;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    boolean stored = source.fromStore();
    String db = source.db != null ? source.db : DEFAULT_DB;
    Scenario s;
    Book book;
    SourceLabels sources;
    int appended = 0;
    if (stored) {
      s = source.scenario();
      book = source.book();
      sources = source.sources();
    } else {
      s = Scenarios.load(scenarioDir());
      book = Scenarios.replay(s);
      sources = ScenarioSources.of(s);
      try (LedgerStore store = StoreArg.open(db)) {
        appended = BookSync.appendMissing(store, s.id(), book.entries());
      }
    }
    var last = s.acts().stream().map(a -> a.meta().validAt()).max(java.time.Instant::compareTo)
        .orElse(java.time.Instant.EPOCH);
    Map<String, Object> state = StateReport.views(book, Basis.at(last), s.zone(), null,
        List.of(Register.LEGAL, Register.ACTED));
    if (output.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("book", s.id());
      root.put("title", s.title());
      root.put("db", Stores.describe(db));
      root.put("appended", appended);
      root.put("timeline", TimelineReport.tree(book.timeline(), book, s.zone(), sources));
      root.put("final_state", state);
      Json.print(out, root);
    } else {
      out.println(s.title() + " (" + s.id() + "): " + book.size() + " acts; " + (stored ? "read from "
          + Stores.describe(db) + ", nothing written" : appended + " appended to " + Stores.describe(db)));
      out.println("Verdicts are under the rules in force at each act's time: the statute profile and the bylaws"
          + " on record, including any labelled as assumptions. Each act is judged against the legal register in the"
          + " order of the record (valid time), whatever the order of the files; \"as acted\" gives its verdict"
          + " against the register as acted where that differs.");
      out.println();
      TimelineText.printText(out, book.timeline(), book, s.zone(), false, sources);
      out.println();
      StateText.print(out, state);
    }
    return Failures.OK;
  }
}
