package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording acts through the API: valid ones are appended to the store and the book; everything else writes nothing. */
class RecordActsTests {
  private static final String ACTS = "/api/books/openai-2023/acts";
  // Toner waives notice of the 17 November meeting in writing, after it: valid, and it changes no seat.
  static final String WAIVER_YAML = """
      - act: notice-waived
        id: toner-waives-2023-11-20
        at: 2023-11-20T09:00:00-08:00
        sources:
          - assumption: "a hypothetical written waiver, for the tests"
        meeting: m-2023-11-17
        by: helen-toner
        in_writing: true
      """;

  @TempDir Path dir;

  @Test
  void record_validActAsYaml_isAppendedWithTheTokensPrincipalAsRecordedBy() {
    try (TestServer s = TestServer.start(dir)) {
      String token = s.token("clerk@openai.example", "openai-2023", "secretary", null);
      int before = s.get("/api/books/openai-2023").json().get("acts").asInt();
      TestServer.Answer a = s.post(ACTS, token, "application/yaml", WAIVER_YAML);
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      JsonNode rec = a.json().get("recorded").get(0);
      assertThat(rec.get("id").asText()).isEqualTo("toner-waives-2023-11-20");
      assertThat(rec.get("seq").asInt()).isEqualTo(before);
      assertThat(s.get("/api/books/openai-2023").json().get("acts").asInt()).isEqualTo(before + 1);
      assertThat(s.get(ACTS + "?after=" + (before - 1)).json().at("/acts/0/id").asText())
          .isEqualTo("toner-waives-2023-11-20");
      List<LedgerEntry> stored = stored(s);
      assertThat(stored).hasSize(before + 1);
      assertThat(new String(stored.get(before).payload(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"recordedBy\":\"clerk@openai.example\"");
      assertThat(s.get("/api/books/openai-2023/verify").json().get("ok").asBoolean()).isTrue();
    }
  }

  @Test
  void record_actCitingASeed_showsItsSourcesAsWrittenWhileTheScenariosAreNamedByItsList() {
    try (TestServer s = TestServer.start(dir)) {
      String yaml = WAIVER_YAML.replace("- assumption: \"a hypothetical written waiver, for the tests\"",
          "- seed: \"001\"");
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", yaml);
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      assertThat(a.json().at("/recorded/0/sources/0").asText()).isEqualTo("seed 001");
      assertThat(s.get(ACTS + "/toner-waives-2023-11-20").json().at("/sources/0").asText()).isEqualTo("seed 001");
      // Its parts are those it was written with; no entry of the list is claimed for it.
      JsonNode parts = s.get(ACTS + "/toner-waives-2023-11-20").json().at("/source_entries/0");
      assertThat(parts.get("ref").asText()).isEqualTo("001");
      assertThat(parts.get("key").isNull()).isTrue();
      assertThat(parts.get("file").isNull()).isTrue();
      assertThat(s.get(ACTS + "/board-announcement-2023-11-17").json().at("/sources/0").asText())
          .startsWith("seed 001 \u2014 ");
    }
  }

  @Test
  void record_oneActAsAJsonObject_isRecordedWithAGeneratedId() {
    try (TestServer s = TestServer.start(dir)) {
      String json = "{\n\t\"act\": \"notice-waived\",\n\t\"at\": \"2023-11-20T09:00:00-08:00\",\n"
          + "\t\"meeting\": \"m-2023-11-17\",\n\t\"by\": \"helen-toner\",\n\t\"in_writing\": true\n}";
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", json);
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      assertThat(a.json().get("recorded").get(0).get("id").asText()).startsWith("api-").endsWith("-1");
    }
  }

  @Test
  void record_invalidAct_is422WithItsFindingsAndLeavesTheFileByteIdentical() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = files(s.db);
      List<LedgerEntry> entriesBefore = stored(s);
      String consent = Files.readString(TestServer.OPENAI.resolve("checks/consent-three-of-four.yaml"));
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", consent);
      assertThat(a.status()).as(a.body()).isEqualTo(422);
      assertThat(a.json().get("error").asText()).isEqualTo("invalid_act");
      assertThat(a.json().get("verdict").get("findings").toString()).contains("DE-141f-consent");
      assertThat(files(s.db)).isEqualTo(before);
      assertThat(stored(s)).isEqualTo(entriesBefore);
      assertThat(s.get("/api/books/openai-2023/acts/check-consent-3of4").status()).isEqualTo(404);
    }
  }

  @Test
  void record_validThenInvalidInOneRequest_writesNeither() {
    try (TestServer s = TestServer.start(dir)) {
      int before = stored(s).size();
      String both = WAIVER_YAML + TestServer.read(TestServer.OPENAI.resolve("checks/consent-three-of-four.yaml"));
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", both).status()).isEqualTo(422);
      assertThat(stored(s)).hasSize(before);
      assertThat(s.get("/api/books/openai-2023/acts/toner-waives-2023-11-20").status()).isEqualTo(404);
    }
  }

  @Test
  void record_malformedJson_is400WithTheParseError() {
    try (TestServer s = TestServer.start(dir)) {
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", "[{\"act\": \"notice-waived\",}]");
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("message").asText()).startsWith("malformed JSON at line 1, column");
    }
  }

  @Test
  void record_malformedYaml_is400WithLineAndColumn() {
    try (TestServer s = TestServer.start(dir)) {
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml",
          "- act: notice-waived\n  at: [2023-11-20\n");
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("message").asText()).startsWith("malformed YAML at line");
      assertThat(a.json().get("problems").get(0).get("line").asInt()).isPositive();
    }
  }

  @Test
  void record_anActDatedByASpan_isRecordedWithIt_andABackwardSpanIs400WithNothingWritten() {
    String statement = """
        - act: statement-made
          id: toner-recalls
          at: 2023-11/2023-12
          sources:
            - assumption: "a hypothetical statement, for the tests"
          by: Helen Toner
          text: the board's decision was made some time that autumn
        """;
    try (TestServer s = TestServer.start(dir)) {
      int before = s.get("/api/books/openai-2023").json().get("acts").asInt();
      TestServer.Answer bad = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml",
          statement.replace("at: 2023-11/2023-12", "at: 2024/2023"));
      assertThat(bad.status()).as(bad.body()).isEqualTo(400);
      JsonNode p = bad.json().get("problems").get(0);
      assertThat(p.get("message").asText()).contains("bad time '2024/2023' for 'at'")
          .contains("a span whose second year or month comes after its first");
      assertThat(p.get("line").asInt()).isEqualTo(3);
      assertThat(p.get("column").asInt()).isEqualTo(7);
      TestServer.Answer mixed = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml",
          statement.replace("at: 2023-11/2023-12", "at: 2023/2024-01"));
      assertThat(mixed.status()).as(mixed.body()).isEqualTo(400);
      assertThat(stored(s)).hasSize(before);

      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", statement);
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      JsonNode entry = s.get(ACTS + "/toner-recalls").json();
      assertThat(entry.get("valid_at").asText()).isEqualTo("2023-11-01T00:00-07:00");
      assertThat(entry.get("valid_precision").asText()).isEqualTo("month");
      assertThat(entry.get("valid_through").asText()).isEqualTo("2023-12");
      assertThat(stored(s)).hasSize(before + 1);
      assertThat(s.get("/api/books/openai-2023/verify").json().get("ok").asBoolean()).isTrue();
    }
  }

  @Test
  void record_unknownField_is400NamingItWithItsPosition() {
    try (TestServer s = TestServer.start(dir)) {
      String yaml = WAIVER_YAML.replace("in_writing: true", "in_writing: true\n  signed_in_blood: true");
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", yaml);
      assertThat(a.status()).isEqualTo(400);
      JsonNode p = a.json().get("problems").get(0);
      assertThat(p.get("message").asText()).contains("unknown field 'signed_in_blood'");
      assertThat(p.get("line").asInt()).isEqualTo(9);
      assertThat(p.get("column").asInt()).isEqualTo(3);
    }
  }

  @Test
  void record_unknownPerson_is400NamingIt() {
    try (TestServer s = TestServer.start(dir)) {
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml",
          WAIVER_YAML.replace("by: helen-toner", "by: hellen-toner"));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains("hellen-toner");
    }
  }

  @Test
  void record_withRecordedBy_is400BecauseTheServerSetsIt() {
    try (TestServer s = TestServer.start(dir)) {
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml",
          WAIVER_YAML.replace("in_writing: true", "in_writing: true\n  recorded_by: someone-else"));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("fields").get(0).asText()).contains("recorded_by");
    }
  }

  @Test
  void record_bodyPastTheLimit_is413AndWritesNothing() {
    try (TestServer s = TestServer.start(dir.resolve("charter.db"), 1024)) {
      int before = stored(s).size();
      String big = WAIVER_YAML + "# " + "x".repeat(2048) + "\n";
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", big).status()).isEqualTo(413);
      // A chunked body declares no length; it is cut off at the limit as it is read.
      var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()));
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", chunked);
      assertThat(a.status()).as(a.body()).isEqualTo(413);
      assertThat(stored(s)).hasSize(before);
    }
  }

  @Test
  void record_emptyOrScalarBody_is400() {
    try (TestServer s = TestServer.start(dir)) {
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", "").status()).isEqualTo(400);
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", "42").status()).isEqualTo(400);
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", "[]").status()).isEqualTo(400);
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "image/png", "[]").status()).isEqualTo(415);
    }
  }

  @Test
  void record_aliasBombOrDeepNesting_is400NotAFault() {
    StringBuilder bomb = new StringBuilder("- act: notice-waived\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
    }
    try (TestServer s = TestServer.start(dir)) {
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", bomb.toString()).status()).isEqualTo(400);
      String deep = "[".repeat(5000) + "]".repeat(5000);
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", deep).status()).isEqualTo(400);
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", deep).status()).isEqualTo(400);
    }
  }

  @Test
  void record_thenRestart_servesTheRecordedActFromTheStore() {
    Path db = dir.resolve("charter.db");
    try (TestServer s = TestServer.start(db, ServerOptions.DEFAULT_MAX_BODY)) {
      assertThat(s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", WAIVER_YAML).status()).isEqualTo(201);
    }
    // The store now holds the scenario and one act more: the import appends nothing and rewrites nothing.
    try (TestServer s = TestServer.start(db, ServerOptions.DEFAULT_MAX_BODY)) {
      JsonNode act = s.get("/api/books/openai-2023/acts/toner-waives-2023-11-20").json();
      assertThat(act.get("verdict").get("status").asText()).isEqualTo("valid");
      assertThat(s.server.imported().get(0)).contains("(0 new entries)");
    }
  }

  static List<LedgerEntry> stored(TestServer s) {
    try (LedgerStore store = Stores.open(s.db.toString())) {
      return store.read(TestServer.BOOK);
    }
  }

  /** The database file and its write-ahead log, as bytes. */
  static byte[] files(Path db) throws IOException {
    Path wal = Path.of(db + "-wal");
    byte[] main = Files.readAllBytes(db);
    byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
    byte[] both = new byte[main.length + log.length];
    System.arraycopy(main, 0, both, 0, main.length);
    System.arraycopy(log, 0, both, main.length, log.length);
    return both;
  }
}
