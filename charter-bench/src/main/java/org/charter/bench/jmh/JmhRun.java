package org.charter.bench.jmh;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH suite and prints each benchmark beside the limit its class measures ({@code limit*}), as a ratio; the
 * as-of query's p50 and p99 beside its 10 µs target. JMH's own report goes to standard error.
 */
public final class JmhRun {
  private static final Map<String, String> GROUPS = Map.of("verify", "ChainJmh", "replay", "ReplayJmh", "decode",
      "DecodeJmh", "query", "QueryJmh", "waterfall", "WaterfallJmh");

  private JmhRun() {}

  public static void run(boolean quick, Set<String> only, PrintWriter out) throws Exception {
    ChainedOptionsBuilder b = new OptionsBuilder().forks(1).shouldFailOnError(true)
        .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 3))
        .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 3))
        .resultFormat(ResultFormatType.JSON).result(System.getProperty("java.io.tmpdir") + "/charter-jmh.json");
    if (quick) {
      b.param("acts", "20000");
    }
    for (Map.Entry<String, String> g : GROUPS.entrySet()) {
      if (only.isEmpty() || only.contains(g.getKey())) {
        b.include(JmhRun.class.getPackageName() + "." + g.getValue() + ".");
      }
    }
    Collection<RunResult> results = new Runner(b.build()).run();
    Map<String, Map<String, RunResult>> byClass = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      String cls = label.substring(0, label.lastIndexOf('.'));
      byClass.computeIfAbsent(cls.substring(cls.lastIndexOf('.') + 1), k -> new LinkedHashMap<>())
          .put(label.substring(label.lastIndexOf('.') + 1), r);
    }
    out.println("JMH, 1 fork; scores are per second (query: microseconds per query)");
    byClass.forEach((cls, methods) -> {
      List<RunResult> limits = methods.entrySet().stream().filter(e -> e.getKey().startsWith("limit"))
          .map(Map.Entry::getValue).toList();
      methods.forEach((name, r) -> {
        if (name.startsWith("limit")) {
          return;
        }
        var s = r.getPrimaryResult();
        if (limits.isEmpty()) {
          double p50 = s.getStatistics().getPercentile(50);
          double p99 = s.getStatistics().getPercentile(99);
          out.printf("%s.%s: p50 %.2f µs, p99 %.2f µs | target 10 µs | ratio %.2f%n", cls, name, p50, p99,
              10 / p99);
        }
        // A class with more than one limit (decode: Jackson streaming and binding) gets a line for each.
        for (RunResult limit : limits) {
          var l = limit.getPrimaryResult();
          out.printf("%s.%s: %,.0f ± %,.0f | %s: %,.0f ± %,.0f | ratio %.4f%n", cls, name, s.getScore(),
              s.getScoreError(), limit.getParams().getBenchmark().replaceAll(".*\\.", ""), l.getScore(),
              l.getScoreError(), s.getScore() / l.getScore());
        }
      });
    });
    out.flush();
  }
}
