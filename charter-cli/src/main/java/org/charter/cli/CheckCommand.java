package org.charter.cli;

import org.charter.core.report.TimelineReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.verdict.Status;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Would these acts be valid at their time, given the scenario so far? Nothing is recorded. */
@Command(name = "check", mixinStandardHelpOptions = true, footer = {"", BookSource.FOOTER},
    description = "Check proposed acts against the scenario: each act in FILE is validated at its valid time against"
        + " the scenario's acts up to then and the proposed acts before it, under the statute profile and bylaws in"
        + " force. Nothing is recorded. Exits 0 when every binding act is valid (with or without warnings), 1 when"
        + " any is invalid or undetermined.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin BookSource source;

  @Option(names = "--act", required = true, description = "a YAML file of proposed acts (the acts-file format)")
  Path actFile;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Scenario s = source.scenario();
    if (!Files.isRegularFile(actFile)) {
      throw new BadInputException("--act: no file at " + actFile);
    }
    List<Act> proposed = new ScenarioLoader().loadActs(actFile, s);
    Book book = source.book();
    List<Recorded> checked = new ArrayList<>();
    for (Act a : proposed) {
      checked.add(book.replay(a));
    }
    boolean allValid = checked.stream().allMatch(r -> r.verdict() == null
        || r.verdict().status() == Status.VALID || r.verdict().status() == Status.VALID_WITH_WARNINGS);
    var out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("book", s.id());
      root.put("file", actFile.toString());
      root.put("valid", allValid);
      root.put("acts", TimelineReport.tree(checked, book, s.zone(), source.sources()));
      Json.print(out, root);
    } else {
      out.println("Checking " + checked.size() + " proposed act(s) from " + actFile + " against " + s.id()
          + " (nothing is recorded):");
      TimelineText.printText(out, checked, book, s.zone(), true, source.sources());
      out.println(allValid ? "valid" : "NOT VALID: at least one act is invalid or undetermined under these rules");
    }
    return allValid ? Failures.OK : Failures.NO;
  }
}
