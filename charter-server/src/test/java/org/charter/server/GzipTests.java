package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Answers gzipped when the client asks with Accept-Encoding, and only then, against a real server. */
class GzipTests extends OneServerPerClass {
  private static final String STATE = "/api/books/openai-2023/state?at=2024-06-01";
  private static final String TIMELINE = "/api/books/openai-2023/acts?limit=" + Page.MAX_LIMIT;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aLargeAnswer_askedWithGzip_comesGzippedAndDecodesToTheSameJson() throws Exception {
    HttpResponse<byte[]> plain = get(TIMELINE, null, null);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.body().length).isGreaterThan(50 * CharterServer.GZIP_MIN_BYTES);
    HttpResponse<byte[]> zipped = get(TIMELINE, "gzip, deflate, br", null);
    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(zipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
    byte[] decoded = gunzip(zipped.body());
    assertThat(zipped.body().length).isLessThan(plain.body().length / 4);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(decoded)).isEqualTo(json.readTree(plain.body()));
    assertThat(new String(decoded, StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anAnswer_notAskedWithGzip_isNotCompressed() throws Exception {
    for (String encoding : new String[] {null, "identity"}) {
      HttpResponse<byte[]> r = get(STATE, encoding, null);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(new ObjectMapper().readTree(r.body()).get("book").asText()).isEqualTo("openai-2023");
    }
  }

  @Test
  void aSmallAnswer_askedWithGzip_isNotCompressed() throws Exception {
    HttpResponse<byte[]> r = get("/api/me", "gzip", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().length).isLessThan(CharterServer.GZIP_MIN_BYTES);
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void aNewToken_askedWithGzip_isNeverCompressed() throws Exception {
    StringBuilder grants = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      grants.append(i == 0 ? "" : ",").append("{\"book\":\"book-number-").append(i).append("\",\"role\":\"viewer\"}");
    }
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/tokens"))
        .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN).header("Accept-Encoding", "gzip")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"principal\":\"gzip@example\",\"grants\":[" + grants + "]}"))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    assertThat(r.body().length).isGreaterThan(CharterServer.GZIP_MIN_BYTES);
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new ObjectMapper().readTree(r.body()).get("token").asText()).isNotEmpty();
  }

  @Test
  void aNotModifiedAnswer_askedWithGzip_hasNoBody() throws Exception {
    String tag = get(STATE, "gzip", null).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> r = get(STATE, "gzip", tag);
    assertThat(r.statusCode()).isEqualTo(304);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void theWebUi_askedWithGzip_comesGzipped() throws Exception {
    HttpResponse<byte[]> r = get("/app.js", "gzip", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(new String(gunzip(r.body()), StandardCharsets.UTF_8)).contains("async function api(");
  }

  private static byte[] gunzip(byte[] body) throws Exception {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).GET()
        .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN);
    if (acceptEncoding != null) {
      b.header("Accept-Encoding", acceptEncoding);
    }
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
