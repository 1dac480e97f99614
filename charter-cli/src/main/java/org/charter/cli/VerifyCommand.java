package org.charter.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recomputes every book's hash chain and names the first entry that does not match. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verify the hash chain of every book in the store from its stored bytes. Exits 1 naming the first"
        + " entry that does not match (book, sequence number and act id).")
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", description = "the store: an SQLite file or a jdbc:postgresql: URL (default:"
      + " ${DEFAULT-VALUE})", defaultValue = "charter.db")
  String db;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    List<Object> books = new ArrayList<>();
    Optional<ChainBreak> firstBreak = Optional.empty();
    try (LedgerStore store = openExisting()) {
      for (String book : store.books()) {
        List<LedgerEntry> entries = store.read(book);
        Optional<ChainBreak> br = ChainVerifier.verify(book, entries);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("book", book);
        m.put("entries", entries.size());
        m.put("head", entries.isEmpty() ? null : entries.get(entries.size() - 1).hashHex());
        m.put("ok", br.isEmpty());
        br.ifPresent(b -> {
          m.put("first_bad_entry", b.seq());
          m.put("act", b.actId());
          m.put("reason", b.reason());
        });
        books.add(m);
        if (firstBreak.isEmpty()) {
          firstBreak = br;
        }
      }
    }
    var out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("db", Stores.describe(db));
      root.put("ok", firstBreak.isEmpty());
      root.put("books", books);
      Json.print(out, root);
    } else {
      for (Object o : books) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        out.println("book " + m.get("book") + ": " + m.get("entries") + " entries, "
            + (Boolean.TRUE.equals(m.get("ok")) ? "chain verifies; head " + m.get("head")
                : "BROKEN at entry " + m.get("first_bad_entry") + " (act " + m.get("act") + "): " + m.get("reason")));
      }
      if (books.isEmpty()) {
        out.println("no books in " + Stores.describe(db));
      }
    }
    return firstBreak.isEmpty() ? Failures.OK : Failures.NO;
  }

  // Verifying never creates a store: a missing file or an empty database is bad input.
  private LedgerStore openExisting() {
    try {
      return Stores.openExisting(db);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--db: " + e.getMessage());
    }
  }
}
