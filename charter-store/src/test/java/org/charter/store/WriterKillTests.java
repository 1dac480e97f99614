package org.charter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, for every store: a separate writer process ({@link AckingWriter}) is killed with SIGKILL at a random
 * moment mid-stream, twenty times on one book; every append it acknowledged must be there, and the chain must verify.
 */
public abstract class WriterKillTests {
  private static final String BOOK = "openai";
  private static final int RUNS = 20;
  private static final int SIGKILL_EXIT = 128 + 9;

  @TempDir
  protected Path tmp;

  /** The {@code --db} value of a fresh store for this test. */
  protected abstract String db();

  private record Ack(long seq, String actId) {}

  @Test
  void killNine_twentyTimesMidStream_losesNoAcknowledgedActAndTheChainVerifies() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Ack> acked = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      String why = "run " + run + " (seed " + seed + ")";
      List<Ack> acks = runAndKill("run" + run, random.nextInt(300), why);
      assertThat(acks).as(why + ": acknowledgements").isNotEmpty();
      acked.addAll(acks);

      try (LedgerStore store = Stores.open(db())) {
        List<LedgerEntry> book = store.read(BOOK);
        for (Ack a : acked) {
          assertThat(book.size()).as(why + ": entries").isGreaterThan((int) a.seq());
          assertThat(book.get((int) a.seq()).actId()).as(why + ": entry " + a.seq()).isEqualTo(a.actId());
        }
        assertThat(ChainVerifier.verify(BOOK, book)).as(why).isEmpty();
      }
    }

    try (LedgerStore store = Stores.open(db())) {
      long unacknowledged = store.size(BOOK) - acked.size();
      // At most one append per run can commit without its acknowledgement being printed.
      assertThat(unacknowledged).isBetween(0L, (long) RUNS);
      System.out.printf("%s: %d runs killed, %d appends acknowledged, %d committed but unacknowledged%n",
          getClass().getSimpleName(), RUNS, acked.size(), unacknowledged);
    }
  }

  private List<Ack> runAndKill(String prefix, int delayMillis, String why) throws Exception {
    Path err = tmp.resolve(prefix + ".err");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        AckingWriter.class.getName(), db(), BOOK, prefix)
        .redirectError(err.toFile())
        .start();
    List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch first = new CountDownLatch(1);
    Thread reader = new Thread(() -> readAcks(p.getInputStream(), acks, first));
    reader.start();
    try {
      if (!first.await(60, TimeUnit.SECONDS)) {
        fail(why + ": the writer acknowledged nothing in 60 s; its stderr: " + Files.readString(err));
      }
      Thread.sleep(delayMillis);
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(why + ": writer ended").isTrue();
    } finally {
      p.destroyForcibly();
      reader.join(30_000);
    }
    assertThat(p.exitValue()).as(why + ": the writer was killed, not stopped by an error: "
        + Files.readString(err)).isEqualTo(SIGKILL_EXIT);
    return List.copyOf(acks);
  }

  private static void readAcks(InputStream in, List<Ack> acks, CountDownLatch first) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (in) {
      for (int b; (b = in.read()) != -1; ) {
        if (b != '\n') {
          line.write(b);
          continue;
        }
        // Only whole lines count: the writer prints each in one write, after its append returned.
        String[] parts = line.toString(StandardCharsets.US_ASCII).split(" ");
        line.reset();
        if (parts.length == 3 && parts[0].equals("ack")) {
          acks.add(new Ack(Long.parseLong(parts[1]), parts[2]));
          first.countDown();
        }
      }
    } catch (IOException e) {
      // The pipe closes when the writer is killed.
    }
  }
}
