package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.book.Book;
import org.charter.core.act.Act;
import org.charter.core.report.StateReport;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Reading the demo through the API: books, timeline, one act's verdict report, state, tenures, verify. */
class HttpApiTests extends OneServerPerClass {

  @Test
  void books_asAdmin_listTheImportedOpenAiBook() {
    JsonNode books = server.get("/api/books").json().get("books");
    assertThat(books).hasSize(1);
    assertThat(books.get(0).get("id").asText()).isEqualTo("openai-2023");
    assertThat(books.get(0).get("timezone").asText()).isEqualTo("America/Los_Angeles");
    assertThat(books.get(0).get("role").asText()).isEqualTo("admin");
    // Listed from the store or from memory, the book's size and head are the same; asked for, it is loaded.
    JsonNode one = server.get("/api/books/openai-2023").json();
    assertThat(one.get("loaded").asBoolean()).isTrue();
    assertThat(one.get("last_valid_at").isNull()).isFalse();
    assertThat(books.get(0).get("acts")).isEqualTo(one.get("acts"));
    assertThat(books.get(0).get("head")).isEqualTo(one.get("head"));
    JsonNode again = server.get("/api/books").json().get("books").get(0);
    assertThat(again.get("loaded").asBoolean()).isTrue();
    assertThat(again.get("last_valid_at")).isEqualTo(one.get("last_valid_at"));
  }

  @Test
  void acts_ofTheDemo_carryAVerdictPerBindingActAndTheirSources() {
    JsonNode acts = server.get("/api/books/openai-2023/acts?limit=" + Page.MAX_LIMIT).json().get("acts");
    JsonNode removal = find(acts, "sam-altman-removed-director");
    assertThat(removal.get("verdict").get("status").asText()).isEqualTo("invalid");
    assertThat(removal.get("sources")).isNotEmpty();
    assertThat(find(acts, "board-announcement-2023-11-17").get("verdict").isNull()).isTrue();
  }

  @Test
  void act_the17NovemberRemoval_reportsItsRulesNumbersAndCitations() {
    TestServer.Answer a = server.get("/api/books/openai-2023/acts/sam-altman-removed-director");
    assertThat(a.status()).isEqualTo(200);
    JsonNode findings = a.json().get("verdict").get("findings");
    List<String> rules = new ArrayList<>();
    findings.forEach(f -> rules.add(f.get("rule").asText() + ":" + f.get("outcome").asText()));
    assertThat(rules).contains("CH-basis:not_met");
    assertThat(findings.get(0).get("detail").asText()).isNotBlank();
  }

  @Test
  void act_ofTheScenario_namesEachSourceByItsSourcesYaml() {
    JsonNode sources = server.get("/api/books/openai-2023/acts/board-announcement-2023-11-17").json().get("sources");
    List<String> labels = new ArrayList<>();
    sources.forEach(s -> labels.add(s.asText()));
    assertThat(labels).contains("seed 001 \u2014 publisher not given in the file, undated (001_cfd64df5a48c7b4a.txt)");
    assertThat(labels).anyMatch(l -> l.startsWith("public record: OpenAI, 17 Nov 2023 \u2014 OpenAI announces"
        + " leadership transition, OpenAI, 2023-11-17: "));
    JsonNode page = server.get("/api/books/openai-2023/acts?limit=" + Page.MAX_LIMIT).json().get("acts");
    assertThat(find(page, "board-announcement-2023-11-17").get("sources")).isEqualTo(sources);
  }

  @Test
  void act_ofTheScenario_givesEachSourceInParts_aSeedItsFileAndQuote_aReportItsPublisherAndDate() {
    JsonNode held = server.get("/api/books/openai-2023/acts/m-2023-11-17-held").json();
    JsonNode seed = held.at("/source_entries/0");
    assertThat(seed.get("kind").asText()).isEqualTo("seed");
    assertThat(seed.get("ref").asText()).isEqualTo("001");
    assertThat(seed.get("key").asText()).isEqualTo("seed 001");
    assertThat(seed.get("file").asText()).isEqualTo("001_cfd64df5a48c7b4a.txt");
    assertThat(seed.get("quote").asText()).startsWith("At noon on Friday, Altman called into the meeting.");
    assertThat(seed.get("label").asText()).isEqualTo(held.at("/sources/0").asText());
    assertThat(held.get("source_entries")).hasSameSizeAs(held.get("sources"));

    JsonNode hurd = server.get("/api/books/openai-2023/acts/will-hurd-leaves-board").json();
    JsonNode wired = hurd.at("/source_entries/0");
    assertThat(wired.get("kind").asText()).isEqualTo("reported");
    assertThat(wired.get("key").asText()).isEqualTo("Wired, Nov 2023");
    assertThat(wired.get("publisher").asText()).isEqualTo("Wired");
    assertThat(wired.get("date").asText()).isEqualTo("2023-11");
    assertThat(wired.get("detail").asText()).isEqualTo("Hurd left the board in July 2023");
    assertThat(wired.get("file").isNull()).isTrue();
    assertThat(wired.get("quote").isNull()).isTrue();
    JsonNode page = server.get("/api/books/openai-2023/acts?limit=" + Page.MAX_LIMIT).json().get("acts");
    assertThat(find(page, "will-hurd-leaves-board").get("source_entries")).isEqualTo(hurd.get("source_entries"));
  }

  @Test
  void act_unknownId_is404() {
    assertThat(server.get("/api/books/openai-2023/acts/no-such-act").status()).isEqualTo(404);
  }

  @Test
  void state_on18November_isTheTreeStateReportBuildsFromTheScenario() {
    TestServer.Answer a = server.get("/api/books/openai-2023/state?at=2023-11-18T12:00:00-08:00");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    Scenario s = new ScenarioLoader().load(TestServer.OPENAI);
    Book book = new Book(s.id(), s.zone());
    for (Act act : s.acts()) {
      book.replay(act);
    }
    var valid = java.time.OffsetDateTime.parse("2023-11-18T12:00:00-08:00").toInstant();
    String expected = Json.write(StateReport.views(book, Basis.at(valid), s.zone(), null,
        java.util.List.of(Register.LEGAL, Register.ACTED)));
    assertThat(a.body()).isEqualTo(expected);
    JsonNode board = a.json().at("/views/acted/entities").get(0).get("bodies").get(0);
    assertThat(board.get("director_count").asInt()).isEqualTo(4);
    // Under the rules the 17 Nov removals are void: six directors.
    assertThat(a.json().at("/views/legal/entities").get(0).at("/bodies/0/director_count").asInt()).isEqualTo(6);
    assertThat(server.get("/api/books/openai-2023/state?at=2023-11-18&view=legal").json().at("/views").has("acted"))
        .isFalse();
    assertThat(server.get("/api/books/openai-2023/state?at=2023-11-18&view=lawful").status()).isEqualTo(400);
  }

  @Test
  void state_ofOneEntity_isThatEntitysPartOfTheWholeAnswer() {
    JsonNode whole = server.get("/api/books/openai-2023/state?at=2023-11-21T12:00:00-08:00").json();
    TestServer.Answer a = server.get("/api/books/openai-2023/state?at=2023-11-21T12:00:00-08:00&entity=openai-inc");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("entity").asText()).isEqualTo("openai-inc");
    assertThat(a.json().at("/views/acted/entities")).hasSize(1);
    JsonNode inc = null;
    for (JsonNode e : whole.at("/views/acted/entities")) {
      inc = e.get("id").asText().equals("openai-inc") ? e : inc;
    }
    assertThat(a.json().at("/views/acted/entities").get(0)).isEqualTo(inc);
    assertThat(a.json().at("/views/acted/petitions")).isEqualTo(whole.at("/views/acted/petitions"));
    assertThat(a.body().length()).isLessThan(whole.toString().length());
  }

  @Test
  void state_ofAnUnknownEntity_is404AndOfABlankOne_is400() {
    TestServer.Answer unknown = server.get("/api/books/openai-2023/state?at=2023-11-18&entity=no-such-entity");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).contains("no-such-entity");
    assertThat(server.get("/api/books/openai-2023/state?at=2023-11-18&entity=").status()).isEqualTo(400);
  }

  @Test
  void state_recordedBeforeTheCrisisWasWrittenDown_differsFromLatest() {
    JsonNode latest = server.get("/api/books/openai-2023/state?at=2023-11-18").json();
    JsonNode early = server.get("/api/books/openai-2023/state?at=2023-11-18&recorded_at=2015-12-12").json();
    assertThat(early.get("basis").get("recorded_at").asText()).startsWith("2015-12-12");
    assertThat(early).isNotEqualTo(latest);
  }

  @Test
  void state_withoutAt_is400NamingIt() {
    TestServer.Answer a = server.get("/api/books/openai-2023/state");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("message").asText()).contains("at");
  }

  @Test
  void state_unreadableTimeOrUnknownParameter_is400() {
    assertThat(server.get("/api/books/openai-2023/state?at=yesterday").status()).isEqualTo(400);
    TestServer.Answer a = server.get("/api/books/openai-2023/state?at=2023-11-18&valid=x");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("fields").get(0).asText()).isEqualTo("valid");
  }

  @Test
  void tenures_ofTheBoard_endAltmansSeatOn17NovemberByItsRemoval() {
    JsonNode seats = server.get("/api/books/openai-2023/tenures").json().get("bodies").get(0).get("seats");
    JsonNode altman = null;
    for (JsonNode s : seats) {
      if (s.get("person").asText().equals("sam-altman") && !s.get("until").isNull()
          && s.get("until").asText().startsWith("2023-11-17")) {
        altman = s;
      }
    }
    assertThat(altman).as(seats.toString()).isNotNull();
    assertThat(altman.get("ended_by").asText()).isEqualTo("sam-altman-removed-director");
  }

  @Test
  void verify_untouchedStore_holds() {
    JsonNode v = server.get("/api/books/openai-2023/verify").json();
    assertThat(v.get("ok").asBoolean()).isTrue();
    assertThat(v.get("entries").asInt()).isGreaterThan(50);
  }

  @Test
  void unknownRoute_isAJson404() {
    TestServer.Answer a = server.get("/api/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not_found");
  }

  static JsonNode find(JsonNode acts, String id) {
    for (JsonNode a : acts) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no act " + id);
  }
}
