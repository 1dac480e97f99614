package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every error is JSON in the API's shape, Jetty's own included (a malformed request line, a URI or headers too large),
 * and says what is wrong in plain words: a parser's message without Jackson's internals, the accepted media types.
 */
class JsonErrorsTests extends OneServerPerClass {
  private static final String ACTS = "/api/books/openai-2023/acts";

  /** A raw HTTP/1.1 exchange: status, headers (lower-cased names) and body, read until the server closes. */
  record Raw(int status, String head, String body) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(body);
    }

    String header(String name) {
      return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
    }
  }

  private static Raw raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split);
      String body = all.substring(split + 4);
      if ("chunked".equalsIgnoreCase(new Raw(0, head, "").header("Transfer-Encoding"))) {
        body = dechunk(body);
      }
      return new Raw(Integer.parseInt(head.split(" ")[1]), head, body);
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
      if (size == 0) {
        return sb.toString();
      }
      sb.append(chunked, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }

  private static void assertJsonError(Raw r, int status, String error, String message) throws IOException {
    assertThat(r.status()).as(r.head() + "\n" + r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode e = r.json();
    assertThat(e.get("error").asText()).isEqualTo(error);
    assertThat(e.get("message").asText()).startsWith(message);
    assertThat(r.body()).doesNotContain("<html").doesNotContain("<");
  }

  @Test
  void requestLineOf20Kb_is414Json() throws IOException {
    Raw r = raw("GET /api/books?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertJsonError(r, 414, "uri_too_long", "the request line is longer than the server takes (8192 bytes");
  }

  @Test
  void headersOf64Kb_are431Json() throws IOException {
    Raw r = raw("GET /api/books HTTP/1.1\r\nHost: x\r\nX-Filler: " + "b".repeat(64 * 1024)
        + "\r\nConnection: close\r\n\r\n");
    assertJsonError(r, 431, "headers_too_large", "the request headers are larger than the server takes (8192 bytes");
  }

  @Test
  void malformedRequestLine_is400Json() throws IOException {
    Raw r = raw("GARBAGE\u0001 / HTTP/9.9\r\n\r\n");
    assertJsonError(r, 400, "bad_request", "malformed HTTP request");
  }

  @Test
  void uploadAbortedByTheClient_isOneInfoLineAndNoStackTrace() throws Exception {
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 3; i++) {
        try (Socket s = new Socket("127.0.0.1", server.server.port())) {
          s.getOutputStream().write(("POST " + ACTS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
              + TestServer.ADMIN_TOKEN + "\r\nContent-Type: application/yaml\r\nContent-Length: 100000\r\n\r\n"
              + "- act: notice-waived\n").getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
        }
      }
      long deadline = System.currentTimeMillis() + 20_000;
      while (count(log, "did not arrive") < 3 && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      // A reader answered after the aborts means the server is done with them, and has logged what it would.
      assertThat(server.get("/api/books").status()).isEqualTo(200);
      String logged = log.toString(StandardCharsets.UTF_8);
      assertThat(count(log, "did not arrive")).as(logged).isEqualTo(3);
      assertThat(logged).doesNotContain("ERROR").doesNotContain("WARN").doesNotContain("\tat ");
      assertThat(logged.lines().filter(l -> l.contains("did not arrive")).allMatch(l -> l.contains("INFO"))).isTrue();
    } finally {
      System.setErr(stderr);
    }
  }

  private static long count(ByteArrayOutputStream log, String text) {
    return log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(text)).count();
  }

  @Test
  void truncatedJson_isAPlainMessageWithLineAndColumn() {
    TestServer.Answer a = server.post(ACTS, TestServer.ADMIN_TOKEN, "application/json", "[\n  {\"act\": \"x\"");
    assertThat(a.status()).isEqualTo(400);
    String message = a.json().get("message").asText();
    assertThat(message).isEqualTo("malformed JSON at line 2, column 14: Unexpected end-of-input: expected close"
        + " marker for Object (start marker at line 2, column 3)");
    assertThat(a.json().get("problems").get(0).get("message").asText()).doesNotContain("REDACTED");
  }

  @Test
  void tokenRequestOfTruncatedJson_isAPlainMessage() {
    TestServer.Answer a = server.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json", "{\"principal\": [");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("message").asText()).startsWith("malformed JSON at line 1").doesNotContain("REDACTED");
  }

  @Test
  void actsAsTextPlainOrWithoutContentType_are415NamingTheAcceptedTypes() throws IOException {
    byte[] before = RecordActsTests.files(server.db);
    for (String type : new String[] {"text/plain", null}) {
      TestServer.Answer a = server.post(ACTS, TestServer.ADMIN_TOKEN, type, RecordActsTests.WAIVER_YAML);
      assertThat(a.status()).as(type + ": " + a.body()).isEqualTo(415);
      assertThat(a.json().get("error").asText()).isEqualTo("unsupported_media_type");
      assertThat(a.json().get("message").asText()).isEqualTo("send acts as application/json or application/yaml, not "
          + (type == null ? "a body without a Content-Type" : type));
      assertThat(a.json().get("accepted").toString()).isEqualTo("[\"application/json\",\"application/yaml\"]");
    }
    assertThat(RecordActsTests.files(server.db)).isEqualTo(before);
  }
}
