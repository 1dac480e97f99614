package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 3 and 10: a costly CEL condition and oversized bodies and fields, refused with nothing written. */
class LimitsProbeTests {
  private static final String ACTS = "/api/books/openai-2023/acts";
  private static final String LIST =
      IntStream.range(0, 150).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
  // The issue's reproduction: 3.4 million iterations, which made the next writes take 6 to 17 seconds.
  static final String CUBE = LIST + ".all(a," + LIST + ".all(b," + LIST + ".all(c,a+b+c>=0)))";

  @TempDir Path dir;

  static String bylaws(String expression) {
    return """
        - act: bylaws-amended
          id: condition-added
          at: 2023-11-20T09:00:00-08:00
          sources:
            - assumption: "a hypothetical bylaw, for the tests"
          entity: openai-inc
          terms:
            conditions:
              - id: X-condition
                applies_to: [officer-appointed]
                expression: "%s"
        """.formatted(expression);
  }

  @Test
  void record_bylawsWithTheIssuesCelCube_is400AtTheExpressionNamingTheLimitAndTheBookStillAnswers() {
    try (TestServer s = TestServer.start(dir)) {
      int before = RecordActsTests.stored(s).size();
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", bylaws(CUBE));
      assertThat(a.status()).as(a.body()).isEqualTo(400);
      JsonNode p = a.json().get("problems").get(0);
      assertThat(p.get("line").asInt()).isEqualTo(11);
      assertThat(p.get("message").asText()).isEqualTo("CEL expression over the limits for 'expression': the"
          + " condition may take 64,487,407 steps, more than the limit of 10,000 (CH-cel-cost; a list the expression"
          + " does not spell out is taken as 32 long)");
      assertThat(RecordActsTests.stored(s)).hasSize(before);
      assertThat(s.get("/api/books/openai-2023/state?at=2023-11-21T00:00:00Z").status()).isEqualTo(200);
      TestServer.Answer waiver = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", RecordActsTests.WAIVER_YAML);
      assertThat(waiver.status()).as(waiver.body()).isEqualTo(201);
    }
  }

  @Test
  void record_bylawsWithAnOrdinaryCondition_isRecordedAndItJudgesLaterActs() {
    try (TestServer s = TestServer.start(dir)) {
      String chairNotCeo = "act.office != 'CHAIR' || act.person != 'sam-altman'";
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", bylaws(chairNotCeo));
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      assertThat(s.get(ACTS + "?limit=" + Page.MAX_LIMIT).body()).contains("condition-added");
    }
  }

  @Test
  void record_noteOfTwoAndAHalfMegabytes_is413NamingTheLimitAndWritesNothing() {
    try (TestServer s = TestServer.start(dir)) {
      int before = RecordActsTests.stored(s).size();
      String big = RecordActsTests.WAIVER_YAML + "  note: " + "x".repeat(2_500_000) + "\n";
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", big);
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.json().get("error").asText()).isEqualTo("too_large");
      assertThat(a.json().get("message").asText()).isEqualTo("the request body is larger than 1048576 bytes");
      assertThat(RecordActsTests.stored(s)).hasSize(before);
    }
  }

  @Test
  void record_noteLongerThanTheTextLimit_is400NamingTheField() {
    try (TestServer s = TestServer.start(dir)) {
      int before = RecordActsTests.stored(s).size();
      String longNote = RecordActsTests.WAIVER_YAML + "  note: " + "x".repeat(20_000) + "\n";
      TestServer.Answer a = s.post(ACTS, TestServer.ADMIN_TOKEN, "application/yaml", longNote);
      assertThat(a.status()).as(a.body()).isEqualTo(400);
      assertThat(a.json().get("problems").get(0).get("message").asText())
          .isEqualTo("note in notice-waived: is 20000 characters long (at most 10000)");
      assertThat(RecordActsTests.stored(s)).hasSize(before);
    }
  }
}
