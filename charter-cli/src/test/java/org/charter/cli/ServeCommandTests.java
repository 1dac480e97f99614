package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `charter serve` in-process on port 0: what it prints at start, and state and waterfall answers identical to
 * `charter state` and `charter waterfall`.
 */
class ServeCommandTests {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Pattern TOKEN = Pattern.compile("admin token \\(shown this once[^)]*\\): (\\S+)");

  @TempDir Path dir;

  /** A running `charter serve`: its output so far, and a way to stop it as Ctrl-C would. */
  record Serving(Thread thread, StringWriter out, StringWriter err, AtomicInteger code) {
    String base() {
      Matcher m = URL.matcher(out.toString());
      assertThat(m.find()).as(out + "" + err).isTrue();
      return m.group(1);
    }

    String token() {
      Matcher m = TOKEN.matcher(out.toString());
      assertThat(m.find()).as(out.toString()).isTrue();
      return m.group(1);
    }

    /** Stops the server as Ctrl-C would, and asserts it ended normally. */
    void stop() throws InterruptedException {
      thread.interrupt();
      thread.join(20_000);
      assertThat(code.get()).as(err.toString()).isZero();
    }
  }

  static Serving serve(String... args) throws InterruptedException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread t = new Thread(() -> code.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
    t.start();
    for (int i = 0; i < 600 && t.isAlive() && !out.toString().contains("Ctrl-C"); i++) {
      Thread.sleep(50);
    }
    return new Serving(t, out, err, code);
  }

  private Serving serveDemo() throws InterruptedException {
    return serve("serve", "--port", "0", "--db", dir.resolve("charter.db").toString(),
        "--scenario", Cli.OPENAI.toString());
  }

  static String get(String url, String token) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  @Test
  void serve_onTheDemo_answersStateWithTheSameJsonAsCharterState() throws Exception {
    Serving s = serveDemo();
    try {
      for (String[] basis : new String[][] {
          {"2023-11-18T12:00:00-08:00", null}, {"2023-11-21", null}, {"2023-11-21T12:00", "2023-11-19"}}) {
        String query = "at=" + URLEncoder.encode(basis[0], StandardCharsets.UTF_8)
            + (basis[1] == null ? "" : "&recorded_at=" + basis[1]);
        String served = get(s.base() + "api/books/openai-2023/state?" + query, s.token());
        Cli cli = basis[1] == null
            ? Cli.run("state", Cli.OPENAI.toString(), "--at", basis[0], "--format", "json")
            : Cli.run("state", Cli.OPENAI.toString(), "--at", basis[0], "--recorded-at", basis[1], "--format", "json");
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(served).isEqualTo(cli.out().stripTrailing());
      }
    } finally {
      s.stop();
    }
  }

  @Test
  void serve_onTheDemo_answersWaterfallWithTheSameJsonAsCharterWaterfall() throws Exception {
    Serving s = serveDemo();
    try {
      for (String[] args : new String[][] {
          {"--amount", "1000000000"}, {"--amount", "100000000000", "--count", "4"},
          {"--amount", "2500.50", "--at", "2023-11-18T12:00", "--entity", "openai-global", "--count", "3"}}) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < args.length; i += 2) {
          query.append(i == 0 ? "" : "&").append(args[i].substring(2)).append('=')
              .append(URLEncoder.encode(args[i + 1], StandardCharsets.UTF_8));
        }
        String served = get(s.base() + "api/books/openai-2023/waterfall?" + query, s.token());
        String[] cliArgs = new String[args.length + 4];
        cliArgs[0] = "waterfall";
        cliArgs[1] = Cli.OPENAI.toString();
        System.arraycopy(args, 0, cliArgs, 2, args.length);
        cliArgs[args.length + 2] = "--format";
        cliArgs[args.length + 3] = "json";
        Cli cli = Cli.run(cliArgs);
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(served).as(String.join(" ", args)).isEqualTo(cli.out().stripTrailing());
      }
    } finally {
      s.stop();
    }
  }

  @Test
  void serve_firstStart_printsTheAdminTokenOnceAndTheSecondDoesNot() throws Exception {
    Serving first = serveDemo();
    String token = first.token();
    assertThat(first.out().toString()).contains("imported openai-2023").contains("#token=" + token);
    first.stop();
    Serving second = serveDemo();
    try {
      assertThat(second.out().toString()).doesNotContain(token).contains("issued on the first start");
      assertThat(get(second.base() + "api/books", token)).contains("openai-2023");
    } finally {
      second.stop();
    }
  }

  @Test
  void serve_missingScenarioDirectory_exits2AndListensNowhere() throws Exception {
    Serving s = serve("serve", "--port", "0", "--db", dir.resolve("charter.db").toString(),
        "--scenario", dir.resolve("nowhere").toString());
    s.thread().join(20_000);
    assertThat(s.code().get()).isEqualTo(2);
    assertThat(s.err().toString()).contains("no scenario directory");
  }

  @Test
  void serve_connectionLimitOutOfRange_exits2NamingTheOptionAndWritesNoStore() throws Exception {
    Serving s = serve("serve", "--port", "0", "--db", dir.resolve("limit.db").toString(), "--max-connections", "0");
    s.thread().join(20_000);
    assertThat(s.code().get()).isEqualTo(2);
    assertThat(s.err().toString()).contains("--max-connections: 0 is not between 1 and 100000");
    assertThat(dir.resolve("limit.db")).doesNotExist();
  }
}
