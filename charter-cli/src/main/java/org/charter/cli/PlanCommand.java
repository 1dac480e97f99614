package org.charter.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.act.Act;
import org.charter.core.plan.Plan;
import org.charter.core.plan.PlanReport;
import org.charter.core.plan.Planner;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charter plan}: what must happen before proposed acts for them to be valid at their time. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "What must happen before the acts in FILE for them to be valid at their time: for a special meeting"
        + " at that time, who may call it, the latest moment notice may reach each director by each method, what the"
        + " rules ask (call, notice, quorum, vote) and the minimal sets of directors that carry the acts whatever the"
        + " others do; where notice was already due before --by, also the earliest meeting notice then allows; and"
        + " the same for a written consent. Each set is tried in a copy of the record up to --by under the same rules"
        + " that judge the record, under each hypothesis of the scenario (or the scenario itself when it has none)."
        + " Nothing is recorded. Exits 0 when, under every hypothesis planned, some set carries the acts by some"
        + " route; 1 when under one of them none does (the acts would at best be undetermined).")
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the scenario directory")
  Path dir;

  @Option(names = "--act", required = true, paramLabel = "FILE", description = "a YAML file of the acts to plan (the"
      + " acts-file format): acts a board takes under a resolution, all at one time; their resolution is the"
      + " planner's")
  Path actFile;

  @Option(names = "--by", paramLabel = "TIME", description = "the moment the plan is made at: the record up to it"
      + " is what has happened, and notice due before it can no longer be given (default: the record before the"
      + " acts, every deadline still open)")
  String by;

  @Option(names = "--hypotheses", split = ",", paramLabel = "A,B[,...]",
      description = "the hypotheses to plan under (default: all, the one that changes nothing first)")
  List<String> hypotheses;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    Scenario s = Scenarios.load(dir);
    if (!Files.isRegularFile(actFile)) {
      throw new BadInputException("--act: no file at " + actFile);
    }
    List<Act> planned = new ScenarioLoader().loadActs(actFile, s);
    Instant moment = by == null ? null : Times.parse("--by", by, s.zone());
    List<Variant> chosen = Scenarios.hypotheses(s, hypotheses, "--hypotheses", false);
    List<Map<String, Object>> plans = new ArrayList<>();
    List<PlanText.Planned> made = new ArrayList<>();
    boolean everyCarried = true;
    for (Variant v : chosen.isEmpty() ? java.util.Collections.<Variant>singletonList(null) : chosen) {
      List<Act> record = v == null ? s.acts() : v.apply(s.acts());
      Plan p;
      try {
        p = new Planner(s.id(), s.zone(), record).plan(planned, moment);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(actFile + (v == null ? "" : " under " + v.id()) + ": " + e.getMessage());
      }
      everyCarried &= p.routes().stream().anyMatch(r -> !r.carry().isEmpty());
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("hypothesis", v == null ? null : v.id());
      one.put("title", v == null ? null : v.title());
      one.putAll(PlanReport.tree(p, s.zone()));
      plans.add(one);
      made.add(new PlanText.Planned(v, p));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("book", s.id());
      root.put("file", actFile.toString());
      root.put("plans", plans);
      Json.print(out, root);
    } else {
      PlanText.print(out, s, actFile, made);
    }
    return everyCarried ? Failures.OK : Failures.NO;
  }
}
