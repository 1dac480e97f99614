package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 probe (issue 11): a real `charter serve` process on a real SQLite file takes acts from four clients at
 * once and is killed with SIGKILL mid-stream, five times; after each restart every act it answered 201 for is in the
 * book and the chain verifies. The store-level twin, with twenty kills of a bare writer, is WriterKillTests.
 */
class KillProbeTests {
  private static final int RUNS = 5;
  private static final int CLIENTS = 4;
  private static final int SIGKILL_EXIT = 128 + 9;
  private static final String TOKEN = "kill-probe-admin-token-0123456789";
  private static final String BOOK = "/api/books/openai-2023";
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void killNine_fiveTimesWhileFourClientsPost_losesNoAcknowledgedActAndTheChainVerifies() throws Exception {
    Path db = dir.resolve("charter.db");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> acked = Collections.synchronizedList(new ArrayList<>());
    for (int run = 0; run < RUNS; run++) {
      String why = "run " + run + " (seed " + seed + ")";
      Process server = serve(db, why);
      try {
        String base = base(server, why);
        everyAcknowledgedActIsThere(base, acked, why);
        int before = acked.size();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        for (int c = 0; c < CLIENTS; c++) {
          String prefix = "kill-r" + run + "-c" + c + "-";
          clients.add(CompletableFuture.runAsync(() -> post(base, prefix, acked, killed)));
        }
        // Kill after some acknowledgements, so that requests are in flight at the moment of the kill.
        int target = before + 5 + random.nextInt(40);
        for (int i = 0; i < 600 && acked.size() < target; i++) {
          Thread.sleep(50);
        }
        assertThat(acked.size()).as(why + ": acknowledgements before the kill").isGreaterThan(before);
        killed.set(true);
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as(why + ": server ended").isTrue();
        assertThat(server.exitValue()).as(why + ": killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      } finally {
        server.destroyForcibly();
      }
    }
    Process server = serve(db, "after the last kill");
    try {
      String base = base(server, "after the last kill");
      everyAcknowledgedActIsThere(base, acked, "after " + RUNS + " kills");
      System.out.printf("KillProbeTests: %d kills of charter serve, %d acts acknowledged, none lost%n", RUNS,
          acked.size());
    } finally {
      server.destroyForcibly();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Every act answered 201 is in the book, and the book's chain verifies. */
  private static void everyAcknowledgedActIsThere(String base, List<String> acked, String why) throws Exception {
    for (String id : List.copyOf(acked)) {
      assertThat(get(base + BOOK.substring(1) + "/acts/" + id).statusCode()).as(why + ": act " + id).isEqualTo(200);
    }
    JsonNode verify = JSON.readTree(get(base + BOOK.substring(1) + "/verify").body());
    assertThat(verify.get("ok").asBoolean()).as(why + ": " + verify).isTrue();
  }

  /** Posts acts one after another until the server is killed; records the id of each one answered 201. */
  private static void post(String base, String prefix, List<String> acked, AtomicBoolean killed) {
    for (int n = 0; !killed.get(); n++) {
      String id = prefix + n;
      String body = "- act: statement-made\n  id: " + id + "\n  at: 2024-01-01T12:00:00Z\n  by: sam-altman\n"
          + "  text: probe " + id + "\n";
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + BOOK.substring(1) + "/acts"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/yaml")
          .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
      HttpResponse<String> answer;
      try {
        answer = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return; // The connection died with the server: that act was never acknowledged.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (answer.statusCode() != 201) {
        throw new AssertionError(id + ": " + answer.statusCode() + " " + answer.body());
      }
      acked.add(id);
    }
  }

  private Process serve(Path db, String why) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--port", "0", "--db", db.toString(),
        "--scenario", Path.of("..", "scenarios", "openai-2023").toString());
    pb.environment().put(ServeCommand.ADMIN_TOKEN_ENV, TOKEN);
    pb.redirectError(dir.resolve("serve.err").toFile());
    return pb.start();
  }

  /** The server's address, from the banner it prints once it listens. */
  private String base(Process server, String why) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      seen.append(line).append('\n');
      Matcher m = URL.matcher(line);
      if (m.find()) {
        // Keep draining the banner so the server never blocks on a full pipe.
        Thread.ofVirtual().start(() -> drain(out));
        return m.group(1);
      }
    }
    return fail(why + ": charter serve ended before it listened: " + seen + Files.readString(dir.resolve("serve.err")));
  }

  private static void drain(BufferedReader out) {
    try (out) {
      while (out.readLine() != null) {
        // Only the banner is printed; nothing to keep.
      }
    } catch (IOException e) {
      // The pipe closes when the server is killed.
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN)
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
