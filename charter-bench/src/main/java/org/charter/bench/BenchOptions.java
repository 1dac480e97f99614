package org.charter.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark run measures and at which sizes. {@link #full} gives the sizes docs/performance.md reports;
 * {@link #quick} a small run of every figure that ends in under a minute.
 *
 * @param acts acts in the book that replay and chain verification run over
 * @param rows entries appended to each store, in batches of {@code batch}
 * @param queryActs acts in the book the as-of queries ask
 * @param queries as-of queries timed one by one
 * @param distributions distributions run through the waterfall
 * @param holders holders the waterfall splits among
 * @param httpActs acts in the book the HTTP server holds
 * @param httpRate requests per second the load generator sends
 * @param httpSeconds how long the load runs
 * @param pgUrl the PostgreSQL server to append to (a schema of its own is made and dropped), or null to skip it
 * @param server the command that starts {@code charter serve} in a second process, or null to skip the HTTP figure
 * @param only figure groups to run (append, verify, replay, decode, query, http, waterfall; http-pg, snapshot, mixed-pg and startup only when named); empty for all
 */
public record BenchOptions(
    boolean quick,
    long seed,
    int acts,
    int rows,
    int batch,
    int queryActs,
    int queries,
    int distributions,
    int holders,
    int httpActs,
    int httpRate,
    int httpSeconds,
    int rounds,
    Path workDir,
    String pgUrl,
    List<String> server,
    Set<String> only) {

  public static final List<String> GROUPS =
      List.of("append", "verify", "replay", "decode", "query", "http", "waterfall", "http-pg", "snapshot", "mixed-pg",
          "startup");

  public static BenchOptions full(Path workDir) {
    return new BenchOptions(false, 1, 1_000_000, 1_000_000, 10_000, 10_000_000, 1_000_000, 1_000_000, 1_000,
        1_000_000, 2_000, 60, 3, workDir, null, null, Set.of());
  }

  public static BenchOptions quick(Path workDir) {
    return new BenchOptions(true, 1, 10_000, 10_000, 5_000, 10_000, 10_000, 500, 1_000, 10_000, 2_000, 3, 1,
        workDir, null, null, Set.of());
  }

  boolean runs(String group) {
    return only.isEmpty() || only.contains(group);
  }

  public BenchOptions with(String pg, List<String> serverCommand, Set<String> groups) {
    return new BenchOptions(quick, seed, acts, rows, batch, queryActs, queries, distributions, holders, httpActs,
        httpRate, httpSeconds, rounds, workDir, pg, serverCommand, groups);
  }

  public BenchOptions sized(int acts, int rows, int queryActs, int queries, int distributions, int holders,
      int httpActs, int httpRate, int httpSeconds) {
    return new BenchOptions(quick, seed, acts, rows, Math.min(batch, rows), queryActs, queries, distributions,
        holders, httpActs, httpRate, httpSeconds, rounds, workDir, pgUrl, server, only);
  }
}
