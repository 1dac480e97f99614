package org.charter.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that asks one real server (TestServer: a fresh SQLite file holding the OpenAI scenario) for all its
 * tests: started before the first, closed after the last. Classes run one after another (no parallel execution is
 * configured), so the one static server is always the running class's.
 */
abstract class OneServerPerClass {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }
}
