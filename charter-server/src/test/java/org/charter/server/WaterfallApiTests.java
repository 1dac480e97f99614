package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.report.WaterfallReport;
import org.charter.core.state.Basis;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Proposed distributions through the OpenAI waterfall over the API: the splits, the caps, and bad requests. */
class WaterfallApiTests extends OneServerPerClass {
  private static final String WATERFALL = "/api/books/openai-2023/waterfall";

  @Test
  void waterfall_ofOneBillion_isTheTreeWaterfallReportBuildsFromTheScenario() {
    TestServer.Answer a = server.get(WATERFALL + "?amount=1000000000");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    Scenario s = new ScenarioLoader().load(TestServer.OPENAI);
    Book book = new Book(s.id(), s.zone());
    for (Act act : s.acts()) {
      book.replay(act);
    }
    Instant last = s.acts().stream().map(x -> x.meta().validAt()).max(Instant::compareTo).orElseThrow();
    var view = book.state(Basis.at(last));
    String expected = Json.write(WaterfallReport.run(s.id(), view, "openai-global", 100_000_000_000L, 1, s.zone()));
    assertThat(a.body()).isEqualTo(expected);
    JsonNode d = a.json().get("distributions").get(0);
    long sum = 0;
    for (JsonNode p : d.get("parts")) {
      sum += p.get("amount_cents").asLong();
    }
    assertThat(sum).isEqualTo(100_000_000_000L);
  }

  @Test
  void waterfall_fourDistributionsOf100Billion_stopMicrosoftAndTheOthersAtTheirCaps() {
    JsonNode w = server.get(WATERFALL + "?amount=100000000000&count=4").json();
    assertThat(w.get("distributions")).hasSize(4);
    JsonNode microsoft = standing(w, "microsoft");
    assertThat(microsoft.get("capped").asBoolean()).isTrue();
    assertThat(microsoft.get("received").asText()).isEqualTo(microsoft.get("cap").asText());
    assertThat(microsoft.get("remaining_to_cap").asText()).isEqualTo("0.00");
    assertThat(standing(w, "other-holders").get("capped").asBoolean()).isTrue();
    assertThat(standing(w, "openai-inc").get("cap").isNull()).isTrue();
  }

  @Test
  void waterfall_atAndEntityGiven_splitAsOfThatTimeForThatEntity() {
    JsonNode w = server.get(WATERFALL + "?amount=1000&at=2023-11-18&entity=openai-global").json();
    assertThat(w.get("entity").asText()).isEqualTo("openai-global");
    assertThat(w.get("at").asText()).startsWith("2023-11-18T00:00");
    assertThat(w.get("distributions").get(0).get("parts_sum_cents").asLong()).isEqualTo(100_000L);
  }

  @Test
  void waterfall_badAmount_is400NamingTheAmount() {
    for (String amount : new String[] {"0", "-5", "1.005", "lots", "1e13", "1e999999999", "1e-999999999"}) {
      TestServer.Answer a = server.get(WATERFALL + "?amount=" + amount);
      assertThat(a.status()).as(amount + ": " + a.body()).isEqualTo(400);
      assertThat(a.json().get("message").asText()).as(amount).startsWith("amount: ").hasSizeLessThan(200);
    }
    TestServer.Answer missing = server.get(WATERFALL);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).contains("amount").contains("required");
  }

  @Test
  void waterfall_countOutsideOneTo100_is400() {
    for (String count : new String[] {"0", "101", "-1", "two"}) {
      TestServer.Answer a = server.get(WATERFALL + "?amount=1000&count=" + count);
      assertThat(a.status()).as(count + ": " + a.body()).isEqualTo(400);
      assertThat(a.json().get("message").asText()).contains("from 1 to 100");
    }
    assertThat(server.get(WATERFALL + "?amount=1000&count=100").status()).isEqualTo(200);
  }

  @Test
  void waterfall_unknownEntityOrOneWithoutTerms_is400() {
    TestServer.Answer unknown = server.get(WATERFALL + "?amount=1000&entity=acme");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("no entity acme");
    TestServer.Answer noTerms = server.get(WATERFALL + "?amount=1000&entity=openai-inc");
    assertThat(noTerms.status()).isEqualTo(400);
    assertThat(noTerms.json().get("message").asText()).contains("no waterfall terms of openai-inc");
  }

  @Test
  void waterfall_beforeAnyTermsWereSet_is400() {
    TestServer.Answer a = server.get(WATERFALL + "?amount=1000&at=2016-01-01");
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("message").asText()).contains("has waterfall terms on record by 2016-01-01");
  }

  @Test
  void waterfall_unreadableTimeOrUnknownParameter_is400() {
    assertThat(server.get(WATERFALL + "?amount=1000&at=someday").status()).isEqualTo(400);
    TestServer.Answer a = server.get(WATERFALL + "?amount=1000&dollars=5");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("fields").get(0).asText()).isEqualTo("dollars");
  }

  @Test
  void waterfall_asAViewer_isAnsweredAndLeavesTheStoreByteIdentical() throws IOException {
    String viewer = server.token("viewer@example", TestServer.BOOK, "viewer", null);
    byte[] before = RecordActsTests.files(server.db);
    TestServer.Answer a = server.get(WATERFALL + "?amount=100000000000&count=4", viewer);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(RecordActsTests.files(server.db)).isEqualTo(before);
    assertThat(server.get(WATERFALL + "?amount=1000").json().get("distributions_on_record").asInt()).isZero();
  }

  @Test
  void waterfall_tokenWithNoRoleOnTheBook_is404() {
    String stranger = server.token("stranger@example", "another-book", "viewer", null);
    assertThat(server.get(WATERFALL + "?amount=1000", stranger).status()).isEqualTo(404);
  }

  static JsonNode standing(JsonNode waterfall, String holder) {
    for (JsonNode h : waterfall.get("standings")) {
      if (h.get("holder").asText().equals(holder)) {
        return h;
      }
    }
    throw new AssertionError("no standing of " + holder + " in " + waterfall);
  }
}
