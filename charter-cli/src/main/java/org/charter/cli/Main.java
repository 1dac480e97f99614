package org.charter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The charter command: governance as code over a bitemporal, hash-chained ledger. */
@Command(
    name = "charter",
    mixinStandardHelpOptions = true,
    version = "charter 0.1.0",
    description = "Records governance acts in a tamper-evident, bitemporal ledger, checks each against the statute"
        + " and the organisation's bylaws, and answers who controls what as of any moment.",
    subcommands = {DemoCommand.class, ReplayCommand.class, StateCommand.class, CheckCommand.class,
        VerifyCommand.class, WaterfallCommand.class, ExportCommand.class, KeygenCommand.class, CheckpointCommand.class, ProveCommand.class,
        VerifyProofCommand.class, ServeCommand.class, CompareCommand.class, BranchCommand.class, PlanCommand.class, SensitivityCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "The benchmarks are not in this jar: ./charter bench --help runs them from charter-bench.jar.",
        "", "Exit codes: 0 done or valid; 1 invalid act, conflict or integrity failure;"
        + " 2 bad input or usage (nothing is written); 3 internal fault."})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Run the command line with its own writers, so tests can capture what it prints; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    // Its subcommands are made from the kinds of document, so it is added here rather than in the annotation.
    cl.addSubcommand("doc", DocCommand.command());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new Failures());
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see charter --help)");
  }
}
