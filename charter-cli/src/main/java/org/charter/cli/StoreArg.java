package org.charter.cli;

import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;

/** The --db option opened as a store, with a store URL Charter does not support reported as bad input. */
final class StoreArg {
  private StoreArg() {}

  static LedgerStore open(String db) {
    try {
      return Stores.open(db);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--db: " + e.getMessage());
    }
  }
}
