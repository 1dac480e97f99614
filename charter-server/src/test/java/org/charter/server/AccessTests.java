package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Tokens and roles per book: who sees a book, who may write to it, and what every write records. */
class AccessTests extends OneServerPerClass {
  private static final String ACTS = "/api/books/openai-2023/acts";

  @Test
  void request_withoutOrWithUnknownToken_is401() {
    assertThat(server.get("/api/books", null).status()).isEqualTo(401);
    assertThat(server.get("/api/books", "charter_not-a-token").status()).isEqualTo(401);
  }

  @Test
  void openApi_withoutToken_isServed() {
    assertThat(server.get("/openapi.json", null).status()).isEqualTo(200);
  }

  @Test
  void viewer_recordingAnAct_is403AndMayStillRead() {
    String viewer = server.token("reader@example", "openai-2023", "viewer", null);
    TestServer.Answer a = server.post(ACTS, viewer, "application/yaml", RecordActsTests.WAIVER_YAML);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().get("message").asText()).contains("viewer");
    assertThat(server.get("/api/books/openai-2023/state?at=2023-11-18", viewer).status()).isEqualTo(200);
  }

  @Test
  void viewer_ofAnotherBook_getsA404ForThisOneAndDoesNotSeeItListed() {
    String other = server.token("outsider@example", "another-book", "viewer", null);
    assertThat(server.get("/api/books/openai-2023", other).status()).isEqualTo(404);
    assertThat(server.get("/api/books/openai-2023/state?at=2023-11-18", other).status()).isEqualTo(404);
    assertThat(server.post(ACTS, other, "application/yaml", RecordActsTests.WAIVER_YAML).status()).isEqualTo(404);
    assertThat(server.get("/api/books", other).json().get("books")).isEmpty();
    // The same answer as for a book that does not exist: a token learns nothing of books it has no role on.
    assertThat(server.get("/api/books/openai-2023", other).body())
        .isEqualTo(server.get("/api/books/no-such-book", other).body().replace("no-such-book", "openai-2023"));
  }

  @Test
  void director_recordingAWaiverSignedByAnother_is403() {
    String toner = server.token("helen-toner", "openai-2023", "director", "helen-toner");
    String other = RecordActsTests.WAIVER_YAML.replace("by: helen-toner", "by: adam-dangelo")
        .replace("toner-waives", "dangelo-waives");
    TestServer.Answer a = server.post(ACTS, toner, "application/yaml", other);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().get("message").asText()).contains("dangelo-waives-2023-11-20");
  }

  @Test
  void director_recordingTheirOwnWaiver_isRecordedUnderTheirName() {
    String toner = server.token("helen-toner", "openai-2023", "director", "helen-toner");
    String own = RecordActsTests.WAIVER_YAML.replace("toner-waives", "toner-own-waiver");
    TestServer.Answer a = server.post(ACTS, toner, "application/yaml", own);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    assertThat(RecordActsTests.stored(server).stream().filter(e -> e.actId().equals("toner-own-waiver-2023-11-20"))
        .map(e -> new String(e.payload(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow())
        .contains("\"recordedBy\":\"helen-toner\"");
  }

  @Test
  void bookAdmin_grantingOnEveryBook_is403() {
    String admin = server.token("book-admin@example", "openai-2023", "admin", null);
    TestServer.Answer a = server.post("/api/tokens", admin, "application/json",
        "{\"principal\":\"x\",\"grants\":[{\"book\":\"*\",\"role\":\"viewer\"}]}");
    assertThat(a.status()).isEqualTo(403);
    assertThat(server.post("/api/tokens", admin, "application/json",
        "{\"principal\":\"x\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"viewer\"}]}").status()).isEqualTo(201);
  }

  @Test
  void tokens_unknownFieldOrMalformedJson_is400NamingIt() {
    TestServer.Answer a = server.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json",
        "{\"principal\":\"x\",\"grants\":[],\"expires\":\"never\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("fields").get(0).asText()).isEqualTo("expires");
    assertThat(server.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json", "{\"principal\":").status())
        .isEqualTo(400);
    assertThat(server.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json",
        "{\"principal\":\"x\",\"grants\":[{\"book\":\"b\",\"role\":\"emperor\"}]}").status()).isEqualTo(400);
  }

  @Test
  void issuedToken_isStoredOnlyAsItsSha256() throws SQLException {
    String token = server.token("hash-check@example", "openai-2023", "viewer", null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT token_hash FROM access_token WHERE principal = 'hash-check@example'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(Tokens.hash(token)).hasSize(64).doesNotContain(token);
    }
  }

  @Test
  void me_showsThePrincipalAndItsGrants() {
    String viewer = server.token("me@example", "openai-2023", "viewer", null);
    var me = server.get("/api/me", viewer).json();
    assertThat(me.get("principal").asText()).isEqualTo("me@example");
    assertThat(me.get("grants").get(0).get("role").asText()).isEqualTo("viewer");
  }
}
