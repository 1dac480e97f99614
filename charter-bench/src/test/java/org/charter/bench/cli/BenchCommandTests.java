package org.charter.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `charter bench --quick` at tiny sizes, as CI runs it: a smoke check that every figure is measured and reported
 * beside its limit with a ratio. No figure is asserted: speed belongs in docs/performance.md, not in tests.
 */
class BenchCommandTests {
  private static final List<String> FIGURES = List.of("append.sqlite", "append.postgres", "verify", "replay",
      "replay.core", "replay.late", "decode", "decode.binding", "waterfall", "query.p50", "query.p99", "memory.index",
      "memory.heap", "http.heap", "http.write.p50", "http.write.p99", "http.p50", "http.p99");

  @TempDir Path work;

  @BeforeEach
  void bundledScenarioForTheServer() {
    // charter serve, started by the bench in a second process, imports the bundled scenario from charter.home.
    System.setProperty("charter.home", Path.of("..").toAbsolutePath().normalize().toString());
  }

  @AfterEach
  void clear() {
    System.clearProperty("charter.home");
  }

  @Test
  void benchOnlySnapshot_tinyBook_reportsBothColdLoadsWithTheirLimits() {
    Run r = Run.of("--quick", "--work-dir", work.toString(), "--only", "snapshot", "--acts", "2000", "--format",
        "json");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (JsonNode f : r.json().get("figures")) {
      ids.add(f.get("id").asText());
      assertThat(f.get("value").isNumber()).as(f.toString()).isTrue();
      assertThat(f.get("ratio").isNumber()).as(f.toString()).isTrue();
    }
    assertThat(ids).containsExactly("snapshot.cold", "snapshot.replay");
    assertThat(r.json().get("figures").get(0).get("note").asText()).contains("bytes");
  }

  @Test
  void benchQuick_tinySizes_reportsEveryFigureWithItsLimitAndRatio() {
    Run r = Run.of("--quick", "--work-dir", work.toString(), "--pg", PostgresTestSchema.serverUrl(),
        "--acts", "400", "--rows", "400", "--query-acts", "400", "--queries", "200", "--distributions", "20",
        "--holders", "10", "--http-acts", "300", "--http-seconds", "1", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (JsonNode f : r.json().get("figures")) {
      String id = f.get("id").asText();
      ids.add(id);
      assertThat(f.get("value").isNumber()).as(id + ": " + f).isTrue();
      assertThat(f.get("limit_value").isNumber()).as(id + ": " + f).isTrue();
      assertThat(f.get("ratio").isNumber()).as(id + ": " + f).isTrue();
      assertThat(f.get("limit").asText()).as(id).isNotBlank();
      assertThat(f.get("command").asText()).as(id).startsWith("charter bench --quick");
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(FIGURES);
    assertThat(r.json().get("machine").asText()).contains("cores");
  }

  @Test
  void benchQuick_text_printsEachFigureBesideItsLimit() {
    Run r = Run.of("--quick", "--work-dir", work.toString(), "--only", "verify,waterfall", "--acts", "300",
        "--distributions", "10", "--holders", "5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("verify").contains("SHA-256 of the same bytes").contains("ratio")
        .contains("waterfall").contains("Machine:");
  }

  @Test
  void help_namesTheCommandAndItsGroups() {
    Run r = Run.of("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("charter bench").contains("--quick").contains("--jmh").contains("append, verify");
  }

  @Test
  void bench_unknownGroup_isBadInput() {
    Run r = Run.of("--only", "everything");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no group everything");
  }

  /** The bench command run in-process, with what it printed. */
  private record Run(int code, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = BenchCommand.run(args, new PrintWriter(out), new PrintWriter(err));
      return new Run(code, out.toString(), err.toString());
    }

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + out + err, e);
      }
    }
  }
}
