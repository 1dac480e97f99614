package org.charter.store.access;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The token store in a real SQLite file. */
class SqliteTokenStoreTests extends TokenStoreContract {
  @TempDir Path dir;

  @Override
  String db() {
    return dir.resolve("charter.db").toString();
  }
}
