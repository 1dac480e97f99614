package org.charter.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

/** {@code charter compare}: the verdicts of a scenario's acts under each of its hypotheses, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Replay a scenario under each of its hypotheses (DIR/hypotheses/*.yaml: named sets of assumptions,"
        + " docs/scenario-format.md) and print, for every binding act, its verdict under each, in the legal register"
        + " and as acted where that differs. A verdict that differs from the first hypothesis's names the findings"
        + " that changed and the assumptions (edited acts) it turns on, their sources named by the scenario's"
        + " sources.yaml (as written where it has none). With --at, the seats and offices whose holders"
        + " differ at those moments. Nothing is recorded.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the scenario directory")
  java.nio.file.Path dir;

  @Option(names = "--hypotheses", split = ",", paramLabel = "A,B[,...]",
      description = "the hypotheses to compare, the first the reference (default: all, the one that changes nothing"
          + " first, then in file name order)")
  List<String> hypotheses;

  @Option(names = "--acts", split = ",", paramLabel = "ID[,...]", description = "only these acts (default: every"
      + " binding act)")
  List<String> acts;

  @Option(names = "--at", split = ",", paramLabel = "TIME[,...]",
      description = "moments at which to compare who holds each seat and office")
  List<String> at;

  @Option(names = "--differing", description = "only the acts whose verdicts differ")
  boolean differing;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Scenario s = Scenarios.load(dir);
    List<Variant> chosen = Scenarios.hypotheses(s, hypotheses, "--hypotheses", true);
    if (chosen.isEmpty()) {
      throw new BadInputException(dir + ": the scenario has no hypotheses (" + dir.resolve(VariantLoader.HYPOTHESES)
          + "/*.yaml)");
    }
    List<Instant> moments = new ArrayList<>();
    for (String t : at == null ? List.<String>of() : at) {
      moments.add(Times.parse("--at", t, s.zone()));
    }
    Comparison c = new Comparison(s, chosen);
    if (acts != null) {
      for (String id : acts) {
        if (!c.holds(id)) {
          throw new BadInputException("--acts: no act " + id + " in " + s.id() + " under any hypothesis compared");
        }
      }
    }
    Map<String, Object> tree = c.tree(acts, moments, differing);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, tree);
    } else {
      VariantText.print(out, tree, "hypotheses");
    }
    return Failures.OK;
  }
}
