package org.charter.bench;

import java.io.PrintWriter;
import java.util.List;

/** The as-of state query through the HTTP API, under a fixed request rate from a second process. */
final class HttpBench {
  private HttpBench() {}

  static List<Figure> run(BenchOptions o, PrintWriter progress) {
    return List.of(Figure.missing("http.p99", "as-of state over HTTP at " + o.httpRate() + " req/s, p99",
        "not yet wired"));
  }
}
