package org.charter.bench.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.PrintWriter;
import org.charter.bench.BenchOptions;
import org.charter.bench.BenchRun;
import org.charter.bench.Figure;
import org.charter.bench.Report;
import org.charter.bench.Machine;
import org.charter.bench.jmh.JmhRun;
import org.charter.cli.FormatOption;
import org.charter.cli.Json;
import org.charter.cli.Main;
import org.charter.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures Charter against the limits it chases and prints each figure beside its limit, as a ratio. It is the main
 * class of charter-bench.jar, which {@code ./charter bench} runs; the production charter.jar carries none of the harness.
 */
@Command(name = "charter bench", mixinStandardHelpOptions = true, version = "charter bench 0.1.0",
    description = "Measure appends (SQLite, PostgreSQL), chain verification, replay, decoding (against Jackson),"
        + " as-of queries, the waterfall, memory, and the HTTP API under load from a second process, each beside the"
        + " limit it chases (raw JDBC insert, raw SHA-256, plain decoding, ...) measured in the same run, and print"
        + " the ratio. --quick runs a small version of every figure in under a minute; --jmh runs the JMH suite"
        + " instead. Figures below target are reported, not failed: the exit code is 0 when the run completes.",
    footer = {"", "See docs/performance.md for the figures of the full run and what bounds each."})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "small sizes: every figure in under a minute (what CI runs)")
  boolean quick;

  @Option(names = "--jmh", description = "run the JMH benchmarks (org.charter.bench.jmh) and print their ratios")
  boolean jmh;

  @Option(names = "--only", split = ",", paramLabel = "GROUP",
      description = "run only these groups: append, verify, replay, decode, query, http, waterfall, http-pg,"
          + " snapshot, mixed-pg, startup (the last four run only when named)")
  Set<String> only;

  @Option(names = "--pg", paramLabel = "URL",
      description = "a jdbc:postgresql: URL to append to and serve from (http-pg, mixed-pg), in a schema of its own"
          + " dropped afterwards (default: $CHARTER_PG_URL; none: the PostgreSQL figures are not measured)")
  String pg;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "where the SQLite files go (default: a temporary directory, deleted afterwards)")
  Path workDir;

  @Option(names = "--acts", description = "acts replayed and verified") Integer acts;
  @Option(names = "--rows", description = "entries appended per pass to each store") Integer rows;
  @Option(names = "--query-acts", description = "acts in the book the as-of queries ask") Integer queryActs;
  @Option(names = "--queries", description = "as-of queries timed") Integer queries;
  @Option(names = "--distributions", description = "distributions through the waterfall") Integer distributions;
  @Option(names = "--holders", description = "holders in the waterfall") Integer holders;
  @Option(names = "--http-acts", description = "acts in the book the server holds") Integer httpActs;
  @Option(names = "--http-rate", description = "requests per second the HTTP load offers") Integer httpRate;
  @Option(names = "--http-seconds", description = "how long the HTTP load runs") Integer httpSeconds;
  @Option(names = "--server-heap", paramLabel = "SIZE", description = "the -Xmx of the charter serve process"
      + " (default: 1g with --quick, else 12g)") String serverHeap;
  @Option(names = "--server-jvm", paramLabel = "OPTIONS", description = "more options for the charter serve JVM,"
      + " separated by spaces (for example \"-XX:+UseZGC\")") String serverJvm;

  @Mixin FormatOption output;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Run the benchmarks with their own writers, so tests can capture what they print; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (only != null && !BenchOptions.GROUPS.containsAll(only)) {
      Set<String> unknown = new HashSet<>(only);
      unknown.removeAll(BenchOptions.GROUPS);
      throw new CommandLine.ParameterException(spec.commandLine(), "--only: no group " + String.join(", ", unknown)
          + "; the groups are " + String.join(", ", BenchOptions.GROUPS));
    }
    if (httpRate != null && (httpRate < 1 || httpRate > 100_000)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--http-rate: " + httpRate
          + " is not between 1 and 100000 requests per second");
    }
    if (jmh) {
      JmhRun.run(quick, only == null ? Set.of() : only, out);
      return CommandLine.ExitCode.OK;
    }
    boolean temporary = workDir == null;
    Path dir = temporary ? Files.createTempDirectory("charter-bench") : workDir;
    try {
      BenchOptions base = quick ? BenchOptions.quick(dir) : BenchOptions.full(dir);
      String url = pg != null ? pg : System.getenv("CHARTER_PG_URL");
      BenchOptions o = base.with(url == null || url.isBlank() ? null : url,
          serverCommand(serverHeap != null ? serverHeap : quick ? "1g" : "12g", serverJvm),
          only == null ? Set.of() : Set.copyOf(only)).sized(or(acts, base.acts()), or(rows, base.rows()),
              or(queryActs, base.queryActs()), or(queries, base.queries()),
              or(distributions, base.distributions()), or(holders, base.holders()), or(httpActs, base.httpActs()),
              or(httpRate, base.httpRate()), or(httpSeconds, base.httpSeconds()));
      err.println("charter bench on " + Machine.describe());
      List<Figure> figures = BenchRun.run(o, commandLine(), err);
      if (output.json()) {
        Json.print(out, Report.tree(figures));
      } else {
        Report.text(out, figures);
      }
      return CommandLine.ExitCode.OK;
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  /** This command line as it was given, with any password in a store URL masked. */
  private String commandLine() {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    return "charter bench " + String.join(" ", args.stream().map(a -> a.startsWith("jdbc:") ? Stores.describe(a) : a)
        .toList());
  }

  private static int or(Integer given, int otherwise) {
    return given != null ? given : otherwise;
  }

  /**
   * The command that starts {@code charter serve} in a second JVM from the classes this one runs (charter-bench.jar
   * carries the CLI), finding the bundled scenario where this one does.
   */
  private static List<String> serverCommand(String heap, String jvm) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String home = Path.of(System.getProperty("charter.home", "")).toAbsolutePath().toString();
    // The server runs in the work directory, so a class path given relative to this one's must be made absolute.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    // As charter.jar's manifest grants it: SQLite's driver loads a native library.
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED"));
    if (jvm != null && !jvm.isBlank()) {
      command.addAll(Arrays.asList(jvm.strip().split("\\s+")));
    }
    command.addAll(List.of("-Dcharter.home=" + home, "-cp", classPath, Main.class.getName(), "serve"));
    return command;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
