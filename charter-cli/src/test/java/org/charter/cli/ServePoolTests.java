package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charter serve --pool-size --pool-timeout --memory}: refused out of range, and the pool honoured on a real
 * PostgreSQL.
 */
class ServePoolTests {
  @TempDir Path dir;

  @Test
  void serve_poolSizeOrTimeoutOutOfRange_exits2NamingTheOptionAndCreatesNoStore() {
    Path db = dir.resolve("charter.db");
    Cli size = Cli.run("serve", "--port", "0", "--db", db.toString(), "--pool-size", "1001");
    assertThat(size.code()).isEqualTo(2);
    assertThat(size.err()).contains("--pool-size: 1001 is not between 1 and 1000");
    Cli timeout = Cli.run("serve", "--port", "0", "--db", db.toString(), "--pool-timeout", "0");
    assertThat(timeout.code()).isEqualTo(2);
    assertThat(timeout.err()).contains("--pool-timeout: 0 is not between 1 and 3600 seconds");
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void serve_memoryNotASizeOrTooSmall_exits2NamingTheOptionAndCreatesNoStore() {
    Path db = dir.resolve("charter.db");
    Cli unit = Cli.run("serve", "--port", "0", "--db", db.toString(), "--memory", "4q");
    assertThat(unit.code()).isEqualTo(2);
    assertThat(unit.err()).contains("--memory: '4q' is not a size (bytes, or a number with k, m or g)");
    Cli small = Cli.run("serve", "--port", "0", "--db", db.toString(), "--memory", "512k");
    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err()).contains("--memory: '512k' is not between 1m and");
    Cli huge = Cli.run("serve", "--port", "0", "--db", db.toString(), "--memory", "99999999999999g");
    assertThat(huge.code()).isEqualTo(2);
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void serve_poolSizeTwoOnPostgres_twentyRequestsAtOnceHoldNoMoreThanTwoConnections() throws Exception {
    try (PostgresTestSchema schema = PostgresTestSchema.create(getClass().getSimpleName())) {
      String app = "charter-serve-" + schema.name();
      ServeCommandTests.Serving s = ServeCommandTests.serve("serve", "--port", "0", "--db",
          schema.url() + "&ApplicationName=" + app, "--scenario", Cli.OPENAI.toString(), "--pool-size", "2");
      AtomicInteger most = new AtomicInteger();
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(21);
      try (Connection watch = schema.connect();
          PreparedStatement count = watch.prepareStatement(
              "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
        count.setString(1, app);
        String url = s.base() + "api/books/openai-2023/state?at=2023-11-18T12:00:00-08:00";
        String token = s.token();
        Future<?> sampler = pool.submit(() -> {
          while (!done.get()) {
            try (ResultSet rs = count.executeQuery()) {
              rs.next();
              most.accumulateAndGet(rs.getInt(1), Math::max);
            }
            Thread.sleep(5);
          }
          return null;
        });
        List<Future<String>> gets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          // Each request looks its token up in the store, through the pool.
          gets.add(pool.submit(() -> ServeCommandTests.get(url, token)));
        }
        for (Future<String> g : gets) {
          assertThat(g.get(60, TimeUnit.SECONDS)).contains("openai-inc");
        }
        done.set(true);
        sampler.get(10, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
        s.stop();
      }
      assertThat(most.get()).as("the server's connections at the busiest moment").isBetween(1, 2);
    }
  }
}
