package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens expire, are listed without their secrets, can be revoked, and speak only for a plain, unreserved name. */
class TokenLifecycleTests {
  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
  @TempDir Path dir;
  TestServer server;
  final MovableClock clock = new MovableClock(START);

  @BeforeEach
  void start() {
    ServerOptions o = ServerOptions.of(0, dir.resolve("charter.db").toString(), List.of(TestServer.OPENAI))
        .withAdminToken(TestServer.ADMIN_TOKEN).withClock(clock);
    server = new TestServer(dir.resolve("charter.db"), CharterServer.start(o));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void issue_withoutAnExpiry_livesNinetyDaysAndIsListedWithoutItsSecret() {
    TestServer.Answer issued = issue("{\"principal\":\"Corporate Secretary\",\"grants\":[{\"book\":\"openai-2023\","
        + "\"role\":\"secretary\"}]}");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    JsonNode t = issued.json();
    String secret = t.get("token").asText();
    assertThat(t.get("id").asText()).hasSize(16);
    assertThat(t.get("expires_at").asText()).isEqualTo(START.plus(Duration.ofDays(90)).toString());
    assertThat(t.get("live").asBoolean()).isTrue();
    TestServer.Answer list = server.get("/api/tokens");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(secret).doesNotContain("\"token\"");
    List<String> ids = new ArrayList<>();
    list.json().get("tokens").forEach(x -> ids.add(x.get("id").asText()));
    assertThat(ids).contains(t.get("id").asText());
  }

  @Test
  void token_pastItsExpiry_is401SayingSo() {
    String token = issue("{\"principal\":\"visitor\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"viewer\"}],"
        + "\"expires_in_days\":1}").json().get("token").asText();
    assertThat(server.get("/api/books", token).status()).isEqualTo(200);
    clock.move(Duration.ofDays(1));
    TestServer.Answer a = server.get("/api/books", token);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("message").asText()).contains("expired");
  }

  @Test
  void revoke_byItsId_endsTheTokenAndLeavesOthers() {
    JsonNode t = issue("{\"principal\":\"visitor\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"viewer\"}]}")
        .json();
    String token = t.get("token").asText();
    TestServer.Answer gone = server.delete("/api/tokens/" + t.get("id").asText(), TestServer.ADMIN_TOKEN);
    assertThat(gone.status()).as(gone.toString()).isEqualTo(204);
    TestServer.Answer a = server.get("/api/books", token);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("message").asText()).contains("revoked");
    assertThat(server.get("/api/books").status()).as("the admin's own token").isEqualTo(200);
    assertThat(server.delete("/api/tokens/0000000000000000", TestServer.ADMIN_TOKEN).status()).isEqualTo(404);
  }

  @Test
  void revoke_byABookAdminOfAnotherBook_isNotFound() {
    String other = issue("{\"principal\":\"other-admin\",\"grants\":[{\"book\":\"another-book\",\"role\":\"admin\"}]}")
        .json().get("token").asText();
    String id = issue("{\"principal\":\"visitor\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"viewer\"}]}")
        .json().get("id").asText();
    assertThat(server.delete("/api/tokens/" + id, other).status()).isEqualTo(404);
    assertThat(server.get("/api/tokens", other).body()).doesNotContain(id);
  }

  @Test
  void issue_principalReservedOrWithControlCharacters_is400NamingTheField() {
    for (String name : new String[] {"admin", "Admin", "charter-scenarios", "root", "x\\ny", "a\\u0000b", " lead",
        "", "x".repeat(65)}) {
      TestServer.Answer a = issue("{\"principal\":\"" + name + "\",\"grants\":[{\"book\":\"openai-2023\","
          + "\"role\":\"viewer\"}]}");
      assertThat(a.status()).as(name + ": " + a).isEqualTo(400);
      assertThat(a.json().get("message").asText()).as(name).startsWith("principal:");
    }
    assertThat(issue("{\"principal\":\"Helen Toner\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"viewer\"}]}")
        .status()).isEqualTo(201);
  }

  @Test
  void issue_expiryOutOfRange_is400() {
    for (String days : new String[] {"0", "-1", "3651"}) {
      TestServer.Answer a = issue("{\"principal\":\"visitor\",\"grants\":[{\"book\":\"openai-2023\",\"role\":"
          + "\"viewer\"}],\"expires_in_days\":" + days + "}");
      assertThat(a.status()).as(days).isEqualTo(400);
      assertThat(a.json().get("message").asText()).startsWith("expires_in_days:");
    }
  }

  private TestServer.Answer issue(String json) {
    return server.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json", json);
  }

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void move(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
