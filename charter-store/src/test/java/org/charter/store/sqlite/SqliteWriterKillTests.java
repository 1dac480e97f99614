package org.charter.store.sqlite;

import org.charter.store.WriterKillTests;

/** Kill -9 of a writer on an SQLite file (WAL, synchronous=FULL) loses no acknowledged append. */
class SqliteWriterKillTests extends WriterKillTests {
  @Override
  protected String db() {
    return tmp.resolve("ledger.db").toString();
  }
}
