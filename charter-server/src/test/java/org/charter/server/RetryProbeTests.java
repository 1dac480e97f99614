package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that lost the answer retries: with the same Idempotency-Key and body it gets the first answer and nothing
 * is recorded twice, across a restart too; another body under the key is a 422; a retried act id is a 409.
 */
class RetryProbeTests {
  private static final String ACTS = "/api/books/openai-2023/acts";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // No id: the server assigns one, so only the key can tell a retry from a second waiver.
  private static final String WAIVER = "- act: notice-waived\n  at: 2023-11-20T09:00:00-08:00\n"
      + "  meeting: m-2023-11-17\n  by: helen-toner\n  in_writing: true\n";
  private static final String OTHER_WAIVER = WAIVER.replace("helen-toner", "tasha-mccauley");

  @TempDir Path dir;

  private static HttpResponse<String> post(TestServer s, String token, String key, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + ACTS))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/yaml");
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    return new TestServer.Answer(r.statusCode(), r.body()).json();
  }

  @Test
  void post_sameKeyAndBodyTwice_recordsOnceAndAnswersTheFirstAnswerAgain() {
    try (TestServer s = TestServer.start(dir)) {
      int before = RecordActsTests.stored(s).size();
      HttpResponse<String> first = post(s, TestServer.ADMIN_TOKEN, "waiver-1", WAIVER);
      HttpResponse<String> retry = post(s, TestServer.ADMIN_TOKEN, "waiver-1", WAIVER);

      assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
      assertThat(retry.statusCode()).isEqualTo(201);
      assertThat(retry.body()).isEqualTo(first.body());
      assertThat(json(first).at("/recorded/0/id").asText()).startsWith("api-");
      assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
      assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
      assertThat(RecordActsTests.stored(s)).hasSize(before + 1);
      assertThat(s.get(ACTS + "?limit=" + Page.MAX_LIMIT).json().get("acts")).hasSize(before + 1);
    }
  }

  @Test
  void post_withoutKeyTwice_recordsTwoActs() {
    try (TestServer s = TestServer.start(dir)) {
      int before = RecordActsTests.stored(s).size();
      assertThat(post(s, TestServer.ADMIN_TOKEN, null, WAIVER).statusCode()).isEqualTo(201);
      assertThat(post(s, TestServer.ADMIN_TOKEN, null, WAIVER).statusCode()).isEqualTo(201);

      assertThat(RecordActsTests.stored(s)).hasSize(before + 2);
    }
  }

  @Test
  void post_sameKeyWithAnotherBody_is422NamingTheHeaderAndWritesNothing() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      assertThat(post(s, TestServer.ADMIN_TOKEN, "waiver-1", WAIVER).statusCode()).isEqualTo(201);
      byte[] before = RecordActsTests.files(s.db);

      HttpResponse<String> other = post(s, TestServer.ADMIN_TOKEN, "waiver-1", OTHER_WAIVER);

      assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
      assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/json"));
      JsonNode e = json(other);
      assertThat(e.get("error").asText()).isEqualTo("idempotency_key_reused");
      assertThat(e.get("message").asText()).contains("Idempotency-Key 'waiver-1' was used for another request");
      assertThat(e.get("fields").get(0).asText()).isEqualTo("Idempotency-Key");
      assertThat(RecordActsTests.files(s.db)).isEqualTo(before);
    }
  }

  @Test
  void post_sameKeyAfterARestart_getsTheFirstAnswerAndRecordsNothing() {
    Path db = dir.resolve("charter.db");
    String first;
    int size;
    try (TestServer s = TestServer.start(db, ServerOptions.DEFAULT_MAX_BODY)) {
      HttpResponse<String> r = post(s, TestServer.ADMIN_TOKEN, "before-the-crash", WAIVER);
      assertThat(r.statusCode()).isEqualTo(201);
      first = r.body();
      size = RecordActsTests.stored(s).size();
    }
    try (TestServer s = TestServer.start(db, ServerOptions.DEFAULT_MAX_BODY)) {
      HttpResponse<String> retry = post(s, TestServer.ADMIN_TOKEN, "before-the-crash", WAIVER);

      assertThat(retry.statusCode()).isEqualTo(201);
      assertThat(retry.body()).isEqualTo(first);
      assertThat(RecordActsTests.stored(s)).hasSize(size);
      assertThat(post(s, TestServer.ADMIN_TOKEN, "before-the-crash", OTHER_WAIVER).statusCode()).isEqualTo(422);
    }
  }

  @Test
  void post_sameKeyByAnotherPrincipal_isAnotherRequest() {
    try (TestServer s = TestServer.start(dir)) {
      String clerk = s.token("clerk", TestServer.BOOK, "secretary", null);
      int before = RecordActsTests.stored(s).size();

      HttpResponse<String> admin = post(s, TestServer.ADMIN_TOKEN, "k-1", WAIVER);
      HttpResponse<String> other = post(s, clerk, "k-1", WAIVER);

      assertThat(admin.statusCode()).isEqualTo(201);
      assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
      assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
      assertThat(json(other).at("/recorded/0/id").asText()).isNotEqualTo(json(admin).at("/recorded/0/id").asText());
      assertThat(RecordActsTests.stored(s)).hasSize(before + 2);
    }
  }

  @Test
  void post_refusedFirst_leavesTheKeyFreeForTheCorrectedRequest() {
    try (TestServer s = TestServer.start(dir)) {
      HttpResponse<String> bad = post(s, TestServer.ADMIN_TOKEN, "fix-me", WAIVER.replace("helen-toner", "nobody"));
      assertThat(bad.statusCode()).isEqualTo(400);

      assertThat(post(s, TestServer.ADMIN_TOKEN, "fix-me", WAIVER).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void post_keyWithASpaceOrTooLong_is400NamingTheHeaderAndWritesNothing() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      byte[] before = RecordActsTests.files(s.db);
      for (String key : new String[] {"two words", "k".repeat(129)}) {
        HttpResponse<String> r = post(s, TestServer.ADMIN_TOKEN, key, WAIVER);
        assertThat(r.statusCode()).as(key).isEqualTo(400);
        assertThat(json(r).get("message").asText()).startsWith("Idempotency-Key: expected 1 to 128 visible ASCII");
        assertThat(json(r).get("fields").get(0).asText()).isEqualTo("Idempotency-Key");
      }
      assertThat(RecordActsTests.files(s.db)).isEqualTo(before);
    }
  }

  @Test
  void retry_explicitIdFromTheApi_is409NamingTheIdAndWhoRecordedIt() throws IOException {
    try (TestServer s = TestServer.start(dir)) {
      String clerk = s.token("clerk", TestServer.BOOK, "secretary", null);
      assertThat(post(s, clerk, null, RecordActsTests.WAIVER_YAML).statusCode()).isEqualTo(201);
      byte[] before = RecordActsTests.files(s.db);

      HttpResponse<String> retry = post(s, clerk, null, RecordActsTests.WAIVER_YAML);

      assertThat(retry.statusCode()).as(retry.body()).isEqualTo(409);
      JsonNode e = json(retry);
      assertThat(e.get("error").asText()).isEqualTo("conflict");
      assertThat(e.get("act").asText()).isEqualTo("toner-waives-2023-11-20");
      assertThat(e.get("origin").asText()).startsWith("recorded by clerk at 20");
      assertThat(e.get("message").asText()).startsWith("act id 'toner-waives-2023-11-20' is already in book"
          + " openai-2023 (recorded by clerk at ").doesNotContain("scenario");
      assertThat(RecordActsTests.files(s.db)).isEqualTo(before);
    }
  }

  @Test
  void post_idOfAScenarioAct_is409NamingTheScenario() {
    try (TestServer s = TestServer.start(dir)) {
      String id = s.get(ACTS).json().get("acts").get(0).get("id").asText();

      HttpResponse<String> r = post(s, TestServer.ADMIN_TOKEN, null, RecordActsTests.WAIVER_YAML
          .replace("toner-waives-2023-11-20", id));

      assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
      assertThat(json(r).get("message").asText()).isEqualTo("act id '" + id + "' is already in book openai-2023"
          + " (scenario openai-2023); nothing was written");
    }
  }
}
