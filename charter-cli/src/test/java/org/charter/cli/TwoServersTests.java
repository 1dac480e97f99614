package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `charter serve` processes on one real PostgreSQL (issue 13, item 4): clients write to the same book through both
 * at once, one process is killed with SIGKILL mid-stream while the other goes on, and the killed one is started again.
 * Then every act either answered 201 for is in the store exactly once, the chain verifies, and both processes answer
 * the same state and the same acts.
 */
class TwoServersTests {
  private static final int CLIENTS_EACH = 2;
  private static final String BOOK = KillProbeTests.BOOK;

  @TempDir Path dir;

  @Test
  void writesThroughTwoServers_oneKilledMidStream_loseNoAcknowledgedActAndBothAnswerAlike() throws Exception {
    try (PostgresTestSchema schema = PostgresTestSchema.create("TwoServersTests")) {
      String db = schema.url();
      List<String> acked = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger conflicts = new AtomicInteger();
      ServeProcess a = ServeProcess.start(db, dir.resolve("a.err"), "server a");
      try (ServeProcess b = ServeProcess.start(db, dir.resolve("b.err"), "server b")) {
        AtomicBoolean stopA = new AtomicBoolean();
        AtomicBoolean stopB = new AtomicBoolean();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        List<String> ackedA = Collections.synchronizedList(new ArrayList<>());
        List<String> ackedB = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < CLIENTS_EACH; c++) {
          String pa = "two-a" + c + "-";
          String pb = "two-b" + c + "-";
          clients.add(CompletableFuture.runAsync(() -> KillProbeTests.post(a, pa, ackedA, stopA, conflicts)));
          clients.add(CompletableFuture.runAsync(() -> KillProbeTests.post(b, pb, ackedB, stopB, conflicts)));
        }
        waitFor(() -> ackedA.size() >= 20 && ackedB.size() >= 20, "20 acknowledgements through each server");
        // What one server acknowledged, the other serves at once: it asks the store for the head on every read.
        String seenThroughA = ackedB.get(ackedB.size() - 1);
        assertThat(a.get(BOOK + "/acts/" + seenThroughA).statusCode()).as("b's act " + seenThroughA + " read through a")
            .isEqualTo(200);
        stopA.set(true);
        assertThat(a.killNine()).as("server a killed by SIGKILL").isEqualTo(ServeProcess.SIGKILL_EXIT);
        int bBefore = ackedB.size();
        waitFor(() -> ackedB.size() >= bBefore + 20, "20 more acknowledgements through b after a was killed");
        stopB.set(true);
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        acked.addAll(ackedA);
        acked.addAll(ackedB);

        try (ServeProcess again = ServeProcess.start(db, dir.resolve("a.err"), "server a, started again")) {
          for (ServeProcess s : List.of(again, b)) {
            KillProbeTests.everyAcknowledgedActIsThere(s, acked, s == b ? "server b" : "server a again");
          }
          everyActOnceInTheStore(db, acked);
          for (String path : List.of(BOOK, BOOK + "/state?at=2024-06-01T00:00:00Z", BOOK + "/acts?limit=1000",
              BOOK + "/verify")) {
            String viaA = again.get(path).body();
            String viaB = b.get(path).body();
            assertThat(viaA).as(path + " through both servers").isEqualTo(viaB);
          }
          System.out.printf("TwoServersTests: %d acts acknowledged through two servers (%d through a before its"
              + " SIGKILL), %d answered 409, none lost%n", acked.size(), ackedA.size(), conflicts.get());
        }
      } finally {
        a.close();
      }
    }
  }

  /** Each acknowledged act is in the stored book once, and no act id is there twice. */
  private static void everyActOnceInTheStore(String db, List<String> acked) {
    try (LedgerStore store = Stores.open(db)) {
      Map<String, Integer> count = new HashMap<>();
      for (LedgerEntry e : store.read("openai-2023")) {
        count.merge(e.actId(), 1, Integer::sum);
      }
      assertThat(count.values()).as("no act stored twice").allMatch(n -> n == 1);
      assertThat(count.keySet()).as("every acknowledged act stored").containsAll(acked);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
    for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(done.getAsBoolean()).as(what + " within 60 s").isTrue();
  }
}
