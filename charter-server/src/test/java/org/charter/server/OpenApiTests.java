package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json describes what the server does: the same routes, and answers that validate against its schemas. */
class OpenApiTests {
  private static final String DOC = "https://charter.invalid/openapi.json";
  @TempDir static Path dir;
  static CharterServer server;
  static TestServer client;
  static final Set<String> registered = new HashSet<>();
  static JsonNode doc;
  static SchemaRegistry schemas;

  @BeforeAll
  static void start() throws IOException {
    ServerOptions o = ServerOptions.of(0, dir.resolve("charter.db").toString(), List.of(TestServer.OPENAI))
        .withAdminToken(TestServer.ADMIN_TOKEN);
    server = CharterServer.start(o, cfg -> cfg.events.handlerAdded(h -> {
      if (h.getHttpMethod().isHttpMethod() && h.getHttpMethod() != HandlerType.HEAD) {
        registered.add(h.getHttpMethod().name().toLowerCase(Locale.ROOT) + " " + h.getPath());
      }
    }));
    client = new TestServer(dir.resolve("charter.db"), server);
    String text = client.get("/openapi.json", null).body();
    doc = new ObjectMapper().readTree(text);
    schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(DOC, text)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void routes_theServerRegisters_areTheOperationsOfTheDocument() {
    Set<String> documented = new HashSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
      if (!op.getKey().equals("parameters")) {
        documented.add(op.getKey() + " " + p.getKey());
      }
    }));
    assertThat(registered).isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void answers_ofTheReadingRoutes_validateAgainstTheirSchemas() {
    assertValid("BookList", client.get("/api/books").body());
    assertValid("BookSummary", client.get("/api/books/openai-2023").body());
    assertValid("Timeline", client.get("/api/books/openai-2023/acts").body());
    assertValid("TimelineEntry", client.get("/api/books/openai-2023/acts/sam-altman-removed-director").body());
    assertValid("State", client.get("/api/books/openai-2023/state?at=2023-11-18T12:00:00-08:00").body());
    assertValid("State", client.get("/api/books/openai-2023/state?at=2023-11-21&recorded_at=2023-11-20").body());
    assertValid("Tenures", client.get("/api/books/openai-2023/tenures").body());
    assertValid("Verify", client.get("/api/books/openai-2023/verify").body());
    assertValid("Me", client.get("/api/me").body());
    assertValid("TokenList", client.get("/api/tokens").body());
    assertValid("Waterfall", client.get("/api/books/openai-2023/waterfall?amount=1000000000").body());
    assertValid("Waterfall", client.get("/api/books/openai-2023/waterfall?amount=100000000000&count=4&at=2024-10-17"
        + "&entity=openai-global").body());
  }

  @Test
  void answers_ofWritesAndErrors_validateAgainstTheirSchemas() {
    TestServer.Answer issued = client.post("/api/tokens", TestServer.ADMIN_TOKEN, "application/json",
        "{\"principal\":\"schema@example\",\"grants\":[{\"book\":\"openai-2023\",\"role\":\"secretary\"}]}");
    assertValid("TokenIssued", issued.body());
    TestServer.Answer recorded = client.post("/api/books/openai-2023/acts", issued.json().get("token").asText(),
        "application/yaml", RecordActsTests.WAIVER_YAML);
    assertThat(recorded.status()).isEqualTo(201);
    assertValid("Recorded", recorded.body());
    TestServer.Answer invalid = client.post("/api/books/openai-2023/acts", TestServer.ADMIN_TOKEN, "application/yaml",
        TestServer.read(TestServer.OPENAI.resolve("checks/consent-three-of-four.yaml")));
    assertThat(invalid.status()).isEqualTo(422);
    assertValid("Error", invalid.body());
    assertValid("Error", client.post("/api/books/openai-2023/acts", TestServer.ADMIN_TOKEN, "application/yaml",
        "- act: nothing-at-all\n  at: 2023-11-20\n").body());
    TestServer.Answer taken = client.post("/api/books/openai-2023/acts", TestServer.ADMIN_TOKEN, "application/yaml",
        RecordActsTests.WAIVER_YAML);
    assertThat(taken.status()).isEqualTo(409);
    assertValid("Error", taken.body());
    assertValid("Error", client.post("/api/books/openai-2023/acts", TestServer.ADMIN_TOKEN, "text/plain", "x").body());
    assertValid("Error", client.get("/api/books/missing").body());
    assertValid("Error", client.get("/api/books/openai-2023/waterfall?amount=1.005").body());
    assertValid("Error", client.get("/api/books", null).body());
  }

  @Test
  void recordActs_documentsTheIdempotencyKeyAndItsAnswers() {
    JsonNode op = doc.at("/paths/~1api~1books~1{book}~1acts/post");
    JsonNode header = op.get("parameters").get(0);
    assertThat(header.get("name").asText()).isEqualTo(IdempotencyKey.HEADER);
    assertThat(header.get("in").asText()).isEqualTo("header");
    assertThat(header.at("/schema/pattern").asText()).isEqualTo("^[!-~]{1," + IdempotencyKey.MAX_LENGTH + "}$");
    assertThat(op.at("/responses/201/headers/Idempotent-Replayed").isMissingNode()).isFalse();
    assertThat(op.at("/responses/409/description").asText()).contains("act id");
    assertThat(op.at("/responses/422/description").asText()).contains("Idempotency-Key");
  }

  @Test
  void pagingAndEtags_areDocumentedAsTheServerDoesThem() throws Exception {
    JsonNode limit = doc.at("/components/parameters/Limit/schema");
    assertThat(limit.get("default").asInt()).isEqualTo(Page.DEFAULT_LIMIT);
    assertThat(limit.get("maximum").asInt()).isEqualTo(Page.MAX_LIMIT);
    for (String path : List.of("/api/books/{book}/acts", "/api/books/{book}/tenures")) {
      JsonNode op = doc.get("paths").get(path).get("get");
      assertThat(op.get("parameters").toString()).contains("#/components/parameters/Limit")
          .contains("#/components/parameters/After");
    }
    String tag = EtagTests.get(client, "/api/books/openai-2023/state?at=2023-11-18", TestServer.ADMIN_TOKEN, null).etag();
    assertThat(tag).matches(doc.at("/components/headers/ETag/schema/pattern").asText());
    for (String path : List.of("/api/books/{book}/state", "/api/books/{book}/tenures", "/api/books/{book}/acts",
        "/api/books/{book}/acts/{act}", "/api/books/{book}/waterfall")) {
      JsonNode op = doc.get("paths").get(path).get("get");
      assertThat(op.at("/responses/304").isMissingNode()).as(path).isFalse();
      assertThat(op.at("/responses/200/headers/ETag").isMissingNode()).as(path).isFalse();
    }
  }

  @Test
  void document_isOpenApi3WithABearerScheme() {
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("components").get("securitySchemes").get("bearer").get("scheme").asText()).isEqualTo("bearer");
  }

  private static void assertValid(String schema, String json) {
    Schema s = schemas.getSchema(SchemaLocation.of(DOC + "#/components/schemas/" + schema));
    List<String> errors = new ArrayList<>();
    s.validate(json, InputFormat.JSON).forEach(e -> errors.add(e.toString()));
    assertThat(errors).as(schema + " of " + (json.length() > 300 ? json.substring(0, 300) + "..." : json)).isEmpty();
  }
}
