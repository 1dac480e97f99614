package org.charter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A real server on port 0 over a fresh SQLite file holding the bundled OpenAI scenario, and a client for it. */
final class TestServer implements AutoCloseable {
  static final Path OPENAI = Path.of("..", "scenarios", "openai-2023");
  static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  static final String BOOK = "openai-2023";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Path db;
  final CharterServer server;

  TestServer(Path db, CharterServer server) {
    this.db = db;
    this.server = server;
  }

  static TestServer start(Path dir) {
    return start(dir.resolve("charter.db"), ServerOptions.DEFAULT_MAX_BODY);
  }

  static TestServer start(Path db, long maxBody) {
    return start(ServerOptions.of(0, db.toString(), List.of(OPENAI)).withMaxBodyBytes(maxBody));
  }

  /** A server on these options, with the test's admin token. */
  static TestServer start(ServerOptions o) {
    return new TestServer(Path.of(o.db()), CharterServer.start(o.withAdminToken(ADMIN_TOKEN)));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A response: status and body, with the body as JSON on demand. */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Answer get(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  Answer get(String path) {
    return get(path, ADMIN_TOKEN);
  }

  Answer post(String path, String token, String contentType, String body) {
    return post(path, token, contentType, HttpRequest.BodyPublishers.ofString(body));
  }

  Answer post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).POST(body);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  Answer delete(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).DELETE();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  /** Issues a token as the admin; returns the token. */
  String token(String principal, String book, String role, String person) {
    String grant = "{\"book\":\"" + book + "\",\"role\":\"" + role + "\""
        + (person == null ? "" : ",\"person\":\"" + person + "\"") + "}";
    Answer a = post("/api/tokens", ADMIN_TOKEN, "application/json",
        "{\"principal\":\"" + principal + "\",\"grants\":[" + grant + "]}");
    if (a.status() != 201) {
      throw new AssertionError("cannot issue a token: " + a);
    }
    return a.json().get("token").asText();
  }

  static Answer send(HttpRequest req) {
    try {
      HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
