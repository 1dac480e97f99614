package org.charter.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.testkit.TestActs;

/**
 * A writer process for the crash tests: appends acts to a book one at a time, continuing wherever the book stands, and
 * prints {@code ack SEQ ACT-ID} after each append returns, until it is killed.
 * Arguments: the store ({@code --db} value), the book, a prefix for the act ids of this run.
 */
public final class AckingWriter {
  private AckingWriter() {}

  public static void main(String[] args) throws IOException {
    String db = args[0];
    String book = args[1];
    String prefix = args[2];
    // Unbuffered, one write per line, so a kill cannot leave a torn acknowledgement.
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    try (LedgerStore store = Stores.open(db)) {
      LedgerEntry last = store.last(book).orElse(null);
      long seq = last == null ? 0 : last.seq() + 1;
      byte[] prev = last == null ? HashChain.GENESIS : last.hash();
      for (int i = 0; ; i++) {
        Act act = TestActs.statement(prefix + "-" + i, TestActs.T0.plus(Duration.ofMinutes(seq)));
        LedgerEntry entry = HashChain.entry(book, seq, prev, act);
        store.append(book, seq, List.of(entry), act.id());
        out.write(("ack " + seq + " " + act.id() + "\n").getBytes(StandardCharsets.US_ASCII));
        seq++;
        prev = entry.hash();
      }
    }
  }
}
