package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ETag and If-None-Match on the answers that are a function of the book's chain, with real HTTP requests. */
class EtagTests {
  private static final String BOOK = "/api/books/openai-2023";
  private static final String STATE = BOOK + "/state?at=2023-11-18T12:00:00-08:00";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  record Got(int status, String etag, String body) {}

  @Test
  void state_askedAgainWithItsEtag_is304WithNoBody() throws Exception {
    try (TestServer s = TestServer.start(dir)) {
      Got first = get(s, STATE, TestServer.ADMIN_TOKEN, null);
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.etag()).matches("W/\"[0-9a-f]{32}\"");
      assertThat(get(s, STATE, TestServer.ADMIN_TOKEN, null).etag()).isEqualTo(first.etag());
      Got again = get(s, STATE, TestServer.ADMIN_TOKEN, first.etag());
      assertThat(again.status()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(again.etag()).isEqualTo(first.etag());
      // Weak comparison: the tag without W/, in a list, or any tag at all (*).
      assertThat(get(s, STATE, TestServer.ADMIN_TOKEN, first.etag().substring(2)).status()).isEqualTo(304);
      assertThat(get(s, STATE, TestServer.ADMIN_TOKEN, "\"other\", " + first.etag()).status()).isEqualTo(304);
      assertThat(get(s, STATE, TestServer.ADMIN_TOKEN, "*").status()).isEqualTo(304);
      Got stale = get(s, STATE, TestServer.ADMIN_TOKEN, "W/\"0123456789abcdef0123456789abcdef\"");
      assertThat(stale.status()).isEqualTo(200);
      assertThat(stale.body()).isEqualTo(first.body());
    }
  }

  @Test
  void etag_differsWithEveryParameterThatChangesTheAnswer_notWithTheirOrder() throws Exception {
    try (TestServer s = TestServer.start(dir)) {
      List<String> paths = List.of(
          BOOK + "/state?at=2023-11-18T12:00:00-08:00",
          BOOK + "/state?at=2023-11-22T12:00:00-08:00",
          BOOK + "/state?at=2023-11-18T12:00:00-08:00&recorded_at=2023-11-17",
          BOOK + "/state?at=2023-11-18T12:00:00-08:00&entity=openai-inc",
          BOOK + "/tenures",
          BOOK + "/tenures?recorded_at=2023-11-17",
          BOOK + "/tenures?limit=1",
          BOOK + "/acts",
          BOOK + "/acts?after=3",
          BOOK + "/acts?limit=5",
          BOOK + "/acts/sam-altman-removed-director",
          BOOK + "/waterfall?amount=1000000000",
          BOOK + "/waterfall?amount=1000000000&count=2");
      List<String> tags = new ArrayList<>();
      for (String p : paths) {
        Got g = get(s, p, TestServer.ADMIN_TOKEN, null);
        assertThat(g.status()).as(p + ": " + g.body()).isEqualTo(200);
        assertThat(get(s, p, TestServer.ADMIN_TOKEN, g.etag()).status()).as(p).isEqualTo(304);
        tags.add(g.etag());
      }
      assertThat(tags).doesNotHaveDuplicates();
      assertThat(get(s, BOOK + "/state?entity=openai-inc&at=2023-11-18T12:00:00-08:00", TestServer.ADMIN_TOKEN,
          tags.get(3)).status()).isEqualTo(304);
    }
  }

  @Test
  void aWriteToTheBook_changesTheEtag() throws Exception {
    try (TestServer s = TestServer.start(dir)) {
      Got before = get(s, STATE, TestServer.ADMIN_TOKEN, null);
      Got acts = get(s, BOOK + "/acts?after=100", TestServer.ADMIN_TOKEN, null);
      assertThat(s.post(BOOK + "/acts", TestServer.ADMIN_TOKEN, "application/yaml", RecordActsTests.WAIVER_YAML)
          .status()).isEqualTo(201);
      Got after = get(s, STATE, TestServer.ADMIN_TOKEN, before.etag());
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.etag()).isNotEqualTo(before.etag());
      // The state on 18 November is the same text (the waiver is of the 20th), but the book has moved on.
      assertThat(get(s, STATE, TestServer.ADMIN_TOKEN, after.etag()).status()).isEqualTo(304);
      Got moreActs = get(s, BOOK + "/acts?after=100", TestServer.ADMIN_TOKEN, acts.etag());
      assertThat(moreActs.status()).isEqualTo(200);
      assertThat(moreActs.body()).contains("toner-waives-2023-11-20");
    }
  }

  @Test
  void etag_isNotTheHead_andACallerWithoutARoleGets404WhateverItSends() throws Exception {
    try (TestServer s = TestServer.start(dir)) {
      Got g = get(s, STATE, TestServer.ADMIN_TOKEN, null);
      String head = s.get(BOOK).json().get("head").asText();
      String hex = g.etag().substring(3, g.etag().length() - 1);
      assertThat(head).doesNotContain(hex.substring(0, 8)).doesNotContain(hex.substring(24));
      String outsider = s.token("outsider@example", "another-book", "admin", null);
      for (String inm : new String[] {null, g.etag(), "*"}) {
        Got refused = get(s, STATE, outsider, inm);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.etag()).isNull();
        assertThat(refused.body()).doesNotContain(head);
        Got anonymous = get(s, STATE, null, inm);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.etag()).isNull();
      }
      // A viewer of the book gets the same answer as the admin; errors carry no tag.
      String viewer = s.token("viewer@example", "openai-2023", "viewer", null);
      Got seen = get(s, STATE, viewer, null);
      assertThat(seen.body()).isEqualTo(g.body());
      assertThat(get(s, STATE, viewer, seen.etag()).status()).isEqualTo(304);
      Got bad = get(s, BOOK + "/state?at=yesterday", viewer, "*");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.etag()).isNull();
    }
  }

  static Got get(TestServer s, String path, String token, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Got(r.statusCode(), r.headers().firstValue("ETag").orElse(null), r.body());
  }
}
