package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The OpenAI hypotheses over the API: the matrix charter compare prints, for the book as served. */
class CompareApiTests extends OneServerPerClass {
  private static final String COMPARE = "/api/books/openai-2023/compare";

  @Test
  void compare_ofTheBundledHypotheses_namesWhatTheShearConsentTurnsOn() {
    TestServer.Answer a = server.get(COMPARE + "?differing=true&at=2023-11-20T12:00");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode j = a.json();
    assertThat(j.at("/variants/0/id").asText()).isEqualTo("typical-delaware");
    JsonNode shear = null;
    for (JsonNode row : j.get("acts")) {
      if (row.get("act").asText().equals("r-2023-11-19-shear")) {
        shear = row;
      }
    }
    assertThat(shear).as("the Shear consent differs").isNotNull();
    assertThat(shear.at("/cells/as-reported-2023/legal").asText()).isEqualTo("undetermined");
    // The sources of what a verdict turns on are named by the scenario's list, as the timeline names them.
    assertThat(shear.at("/cells/as-reported-2023/turns_on").toString()).contains("replace openai-inc-bylaws"
        + " (reported: Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the 11-page bylaws of January 2016");
    assertThat(j.toString()).contains("reported: Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the 11-page bylaws of"
        + " January 2016, as Wired reported them");
    assertThat(shear.at("/cells/as-reported-2023-members/legal").asText()).isEqualTo("valid");
    assertThat(j.at("/states/0/differences").toString()).contains("interim-ceo of openai-inc");
  }

  @Test
  void compare_twoNamed_isThatPairOnly() {
    JsonNode j = server.get(COMPARE + "?hypotheses=typical-delaware,as-reported-2023-141f").json();
    assertThat(j.get("variants")).hasSize(2);
    assertThat(j.get("acts").size()).isGreaterThan(100);
  }

  @Test
  void compare_badRequests_are400NamingTheParameter() {
    String[][] cases = {
        {"?hypotheses=typical-delaware,wishful", "hypotheses: no hypothesis wishful"},
        {"?hypotheses=typical-delaware", "hypotheses: name two or more"},
        {"?differing=maybe", "differing: true or false"},
        {"?at=soon", "at: 'soon' is not a time"},
        {"?colour=red", "unknown query parameter colour"}};
    for (String[] c : cases) {
      TestServer.Answer a = server.get(COMPARE + c[0]);
      assertThat(a.status()).as(c[0] + ": " + a.body()).isEqualTo(400);
      assertThat(a.json().get("message").asText()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void sensitivity_namesTheFlipsTheShearConsentTurnsOn() {
    TestServer.Answer a = server.get("/api/books/openai-2023/sensitivity?act=r-2023-11-19-shear");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode j = a.json();
    assertThat(j.get("flips").toString()).contains("\"kind\":\"unknown\"", "openai-inc-formed-has-members-true");
    assertThat(j.get("acts")).hasSize(1);
    JsonNode shear = j.at("/acts/0");
    assertThat(shear.get("verdict").asText()).startsWith("invalid (void)");
    assertThat(shear.at("/turns_on/1/flip").asText()).isEqualTo("as-reported-2023-members-replace-openai-inc-formed");
    assertThat(shear.at("/turns_on/1/verdict").asText()).isEqualTo("valid");
    assertThat(j.get("flips").toString()).contains("as-reported-2023-members: replace openai-inc-formed (reported:"
        + " Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the bylaws give the board");
  }

  @Test
  void sensitivity_badRequests_are400() {
    TestServer.Answer act = server.get("/api/books/openai-2023/sensitivity?act=no-such-act");
    assertThat(act.status()).isEqualTo(400);
    assertThat(act.json().get("message").asText()).contains("act: no act no-such-act in book openai-2023");
    TestServer.Answer param = server.get("/api/books/openai-2023/sensitivity?acts=x");
    assertThat(param.status()).isEqualTo(400);
    assertThat(param.json().get("message").asText()).contains("unknown query parameter acts");
  }
}
