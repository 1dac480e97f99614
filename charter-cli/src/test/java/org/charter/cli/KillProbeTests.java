package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 probe (issue 11): a real `charter serve` process on a real SQLite file takes acts from four clients at
 * once and is killed with SIGKILL mid-stream, five times; after each restart every act it answered 201 for is in the
 * book and the chain verifies. The store-level twin, with twenty kills of a bare writer, is WriterKillTests; the twin
 * with two servers on one PostgreSQL is TwoServersTests.
 */
class KillProbeTests {
  private static final int RUNS = 5;
  private static final int CLIENTS = 4;
  static final String BOOK = "api/books/openai-2023";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void killNine_fiveTimesWhileFourClientsPost_losesNoAcknowledgedActAndTheChainVerifies() throws Exception {
    String db = dir.resolve("charter.db").toString();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> acked = Collections.synchronizedList(new ArrayList<>());
    for (int run = 0; run < RUNS; run++) {
      String why = "run " + run + " (seed " + seed + ")";
      try (ServeProcess server = ServeProcess.start(db, dir.resolve("serve.err"), why)) {
        everyAcknowledgedActIsThere(server, acked, why);
        int before = acked.size();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        for (int c = 0; c < CLIENTS; c++) {
          String prefix = "kill-r" + run + "-c" + c + "-";
          clients.add(CompletableFuture.runAsync(() -> post(server, prefix, acked, killed, null)));
        }
        // Kill after some acknowledgements, so that requests are in flight at the moment of the kill.
        int target = before + 5 + random.nextInt(40);
        for (int i = 0; i < 600 && acked.size() < target; i++) {
          Thread.sleep(50);
        }
        assertThat(acked.size()).as(why + ": acknowledgements before the kill").isGreaterThan(before);
        killed.set(true);
        assertThat(server.killNine()).as(why + ": killed by SIGKILL").isEqualTo(ServeProcess.SIGKILL_EXIT);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      }
    }
    try (ServeProcess server = ServeProcess.start(db, dir.resolve("serve.err"), "after the last kill")) {
      everyAcknowledgedActIsThere(server, acked, "after " + RUNS + " kills");
      System.out.printf("KillProbeTests: %d kills of charter serve, %d acts acknowledged, none lost%n", RUNS,
          acked.size());
    }
  }

  /** Every act answered 201 is in the book, and the book's chain verifies. */
  static void everyAcknowledgedActIsThere(ServeProcess server, List<String> acked, String why) throws Exception {
    for (String id : List.copyOf(acked)) {
      assertThat(server.get(BOOK + "/acts/" + id).statusCode()).as(why + ": act " + id).isEqualTo(200);
    }
    JsonNode verify = JSON.readTree(server.get(BOOK + "/verify").body());
    assertThat(verify.get("ok").asBoolean()).as(why + ": " + verify).isTrue();
  }

  /**
   * Posts acts one after another until told to stop or the server dies; records the id of each one answered 201. A
   * 409 (the store kept moving on under the write, with several servers) is counted in {@code conflicts} when given;
   * any other answer fails.
   */
  static void post(ServeProcess server, String prefix, List<String> acked, AtomicBoolean stop,
      java.util.concurrent.atomic.AtomicInteger conflicts) {
    for (int n = 0; !stop.get(); n++) {
      String id = prefix + n;
      String body = "- act: statement-made\n  id: " + id + "\n  at: 2024-01-01T12:00:00Z\n  by: sam-altman\n"
          + "  text: probe " + id + "\n";
      HttpResponse<String> answer;
      try {
        answer = server.postYaml(BOOK + "/acts", body);
      } catch (IOException e) {
        return; // The connection died with the server: that act was never acknowledged.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (answer.statusCode() == 409 && conflicts != null) {
        conflicts.incrementAndGet();
      } else if (answer.statusCode() != 201) {
        throw new AssertionError(id + ": " + answer.statusCode() + " " + answer.body());
      } else {
        acked.add(id);
      }
    }
  }
}
