package org.charter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.act.Act;
import org.charter.scenario.Scenario;
import org.charter.scenario.Sensitivity;
import org.charter.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter sensitivity}: which assumptions and unknown facts each verdict turns on, one flipped at a time. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Flip one assumption or unknown fact at a time, replay the scenario with it, and print each verdict"
        + " that changes, with the flips it turns on and the findings that change. The flips: each binding act whose"
        + " every source is an assumption, dropped; each edit of each of the scenario's hypotheses, alone; whether an"
        + " entity has members (true, false) where that is not on record; whether the directors whose objection to a"
        + " meeting's call is not on record objected (no, yes); a motion's tally where none is on record (every"
        + " director present for it, or against); and, for a meeting's directors with no notice or waiver on record, a"
        + " written waiver or a notice an hour after the meeting; and each binding act dated only to a month, a year or"
        + " a span of them, moved from the start of its period, where the record places it, as late as the period"
        + " allows while it stays before the record's next act about the same person. A flip names the sources it rests on by the"
        + " scenario's sources.yaml (as written where it has none). Nothing is recorded.")
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the scenario directory")
  Path dir;

  @Option(names = "--act", split = ",", paramLabel = "ID[,...]", description = "only these acts, whether or not a"
      + " flip changes them (default: every binding act some flip changes)")
  List<String> acts;

  @Option(names = "--hypothesis", paramLabel = "ID", description = "flip the record as this hypothesis has it"
      + " (default: the scenario as it is); the other hypotheses' edits are still flips")
  String hypothesis;

  @Option(names = "--all", description = "every binding act, a flip changing it or not")
  boolean all;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Scenario s = Scenarios.load(dir);
    List<Variant> hypotheses = Scenarios.hypotheses(s, null, "--hypothesis", false);
    List<Act> record = s.acts();
    if (hypothesis != null) {
      Variant h = Scenarios.hypotheses(s, List.of(hypothesis), "--hypothesis", false).get(0);
      record = h.apply(s.acts());
      hypotheses = hypotheses.stream().filter(v -> !v.id().equals(h.id())).toList();
    }
    Sensitivity sens = new Sensitivity(s, record, hypotheses);
    if (acts != null) {
      for (String id : acts) {
        if (!sens.holds(id)) {
          throw new BadInputException("--act: no act " + id + " in " + s.id()
              + (hypothesis == null ? "" : " under " + hypothesis));
        }
      }
    }
    Map<String, Object> tree = sens.tree(acts, all);
    tree.put("hypothesis", hypothesis);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, tree);
    } else {
      print(out, tree, s);
    }
    return Failures.OK;
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> tree, Scenario s) {
    List<Map<String, Object>> flips = (List<Map<String, Object>>) tree.get("flips");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) tree.get("acts");
    out.println("Sensitivity of " + s.id() + (tree.get("hypothesis") == null ? " as recorded"
        : " under " + tree.get("hypothesis")) + ": " + flips.size() + " flips, each applied alone (nothing is"
        + " recorded)");
    for (Map<String, Object> f : flips) {
      out.println("  " + f.get("id") + " (" + f.get("kind") + "): " + f.get("label"));
    }
    out.println();
    out.println(rows.isEmpty() ? "No verdict turns on any flip." : "Verdicts and the flips they turn on:");
    for (Map<String, Object> r : rows) {
      out.println(r.get("act") + "  " + r.get("valid_at") + "  " + r.get("summary") + ": " + r.get("verdict"));
      List<Map<String, Object>> turns = (List<Map<String, Object>>) r.get("turns_on");
      if (turns.isEmpty()) {
        out.println("    turns on no flip");
      }
      for (Map<String, Object> t : turns) {
        List<String> changed = (List<String>) t.get("findings_changed");
        out.println("    " + t.get("flip") + " -> " + t.get("verdict")
            + (changed.isEmpty() ? "" : " (" + String.join("; ", changed) + ")"));
      }
    }
  }
}
