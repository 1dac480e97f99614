package org.charter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.act.Act;
import org.charter.scenario.Comparison;
import org.charter.scenario.Scenario;
import org.charter.scenario.Variant;
import org.charter.scenario.VariantLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charter branch}: a what-if replayed beside its base scenario, and what it changes. */
@Command(name = "branch", mixinStandardHelpOptions = true,
    description = "Replay a branch (a file naming its base scenario and edits: acts dropped, replaced or inserted;"
        + " docs/scenario-format.md) beside its base, and print what differs: the verdicts of binding acts (each with"
        + " the findings that changed and the edits it turns on), the holders of seats and offices in both registers,"
        + " ultimate control, and how a distribution splits through the waterfall, at the end of the record or at"
        + " --at moments. Nothing is recorded.")
final class BranchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the branch file")
  Path file;

  @Option(names = "--at", split = ",", paramLabel = "TIME[,...]",
      description = "moments to compare the state at (default: the last valid time of the base or the branch)")
  List<String> at;

  @Option(names = "--amount", paramLabel = "USD", defaultValue = "1000000000",
      description = "one distribution to split through the waterfall at each moment (default: ${DEFAULT-VALUE})")
  java.math.BigDecimal amount;

  @Option(names = "--all", description = "every binding act, not only those whose verdicts differ")
  boolean all;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    VariantLoader loader = new VariantLoader();
    Path baseDir = loader.baseOf(file);
    if (!java.nio.file.Files.isDirectory(baseDir)) {
      throw new BadInputException(file + ": base: no scenario directory at " + baseDir);
    }
    Scenario s = Scenarios.load(baseDir);
    Variant branch = loader.load(file, s);
    Variant base = new Variant(s.id(), s.title() + " (the base, as recorded)", null, List.of(), List.of(),
        List.of(), s.dir(), null);
    long cents = WaterfallCommand.cents("--amount", amount);
    List<Instant> moments = new ArrayList<>();
    for (String t : at == null ? List.<String>of() : at) {
      moments.add(Times.parse("--at", t, s.zone()));
    }
    if (moments.isEmpty()) {
      moments.add(last(s.acts(), branch.apply(s.acts())));
    }
    Map<String, Object> tree = new Comparison(s, List.of(base, branch)).tree(null, moments, !all, cents);
    tree.put("branch", branch.id());
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, tree);
    } else {
      VariantText.print(out, tree, "variants");
    }
    return Failures.OK;
  }

  private static Instant last(List<Act> a, List<Act> b) {
    Instant t = Instant.MIN;
    for (List<Act> list : List.of(a, b)) {
      for (Act x : list) {
        t = x.meta().validAt().isAfter(t) ? x.meta().validAt() : t;
      }
    }
    return t;
  }
}
