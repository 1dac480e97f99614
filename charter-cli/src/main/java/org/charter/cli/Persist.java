package org.charter.cli;

import java.util.List;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;

/**
 * Writing a replayed book to a store without rewriting history: what the store holds must be a prefix of the replay,
 * and only the rest is appended, in one transaction.
 */
final class Persist {
  private Persist() {}

  /** Appends what the store lacks; returns how many entries were appended. */
  static int append(LedgerStore store, String book, List<LedgerEntry> entries) {
    List<LedgerEntry> held = store.read(book);
    if (held.size() > entries.size()) {
      throw new ConflictException("book " + book + " in the store holds " + held.size() + " entries, the scenario "
          + entries.size() + "; the store is not a prefix of this scenario");
    }
    for (int i = 0; i < held.size(); i++) {
      if (!held.get(i).equals(entries.get(i))) {
        throw new ConflictException("book " + book + " in the store differs from the scenario at entry " + i
            + " (act " + held.get(i).actId() + "); the ledger is append-only, so it cannot be rewritten");
      }
    }
    List<LedgerEntry> rest = entries.subList(held.size(), entries.size());
    if (!rest.isEmpty()) {
      store.append(book, held.size(), rest);
    }
    return rest.size();
  }
}
