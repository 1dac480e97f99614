package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state of the OpenAI case at the moments the story turns, as `charter state --format json` prints it. */
class StateCommandTests {
  private static JsonNode openaiInc(String at) {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", at, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode e : r.json().at("/views/acted/entities")) {
      if (e.get("id").asText().equals("openai-inc")) {
        return e;
      }
    }
    throw new AssertionError("no openai-inc in " + r.out());
  }

  private static List<String> directors(JsonNode entity) {
    List<String> out = new ArrayList<>();
    entity.get("bodies").get(0).get("directors").forEach(d -> out.add(d.get("person").asText()));
    return out;
  }

  private static String officer(JsonNode entity, String office) {
    for (JsonNode o : entity.get("officers")) {
      if (o.get("office").asText().equals(office)) {
        return o.get("person").asText();
      }
    }
    return null;
  }

  @Test
  void state_inJune2022_showsTheNineDirectors_thoseWhoJoinedIn2018To19SinceThatSpan() {
    JsonNode e = openaiInc("2022-06-01T00:00:00-07:00");
    assertThat(directors(e)).containsExactlyInAnyOrder("sam-altman", "greg-brockman", "ilya-sutskever",
        "reid-hoffman", "shivon-zilis", "tasha-mccauley", "adam-dangelo", "helen-toner", "will-hurd");
    Cli text = Cli.run("state", Cli.OPENAI.toString(), "--at", "2022-06-01T00:00:00-07:00");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("Reid Hoffman +\\(since 2018\u20132019, day not on record\\)")
        .containsPattern("Adam D'Angelo +\\(since 2018-04, day not on record\\)");
    // By 2024 Hoffman and Zilis have left (early 2023), and Sue Yoon (2019/2020) long before.
    assertThat(directors(openaiInc("2024-01-01T00:00:00-08:00"))).doesNotContain("reid-hoffman", "shivon-zilis",
        "sue-yoon");
  }

  @Test
  void state_on16November_showsSixDirectorsBrockmanChairAltmanCeo() {
    JsonNode e = openaiInc("2023-11-16T12:00:00-08:00");
    assertThat(directors(e)).containsExactlyInAnyOrder("sam-altman", "greg-brockman", "ilya-sutskever",
        "adam-dangelo", "tasha-mccauley", "helen-toner");
    assertThat(e.get("chair").get("person").asText()).isEqualTo("greg-brockman");
    assertThat(officer(e, "ceo")).isEqualTo("sam-altman");
  }

  @Test
  void state_on18November_showsFourDirectorsAndMuratiInterimCeo() {
    JsonNode e = openaiInc("2023-11-18T12:00:00-08:00");
    assertThat(directors(e)).containsExactlyInAnyOrder("ilya-sutskever", "adam-dangelo", "tasha-mccauley",
        "helen-toner");
    assertThat(officer(e, "interim-ceo")).isEqualTo("mira-murati");
    assertThat(officer(e, "ceo")).isNull();
    assertThat(e.get("chair").isNull()).isTrue();
    // The removals rest on the noon resolutions, whose verdicts the state carries.
    assertThat(e.get("bodies").get(0).get("seats_vacated_by_defective_acts")).isNotEmpty();
  }

  @Test
  void state_on21November_showsShearAndTheLetterAgainstHeadcount() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-21T12:00:00-08:00", "--format", "json");
    JsonNode e = openaiInc("2023-11-21T12:00:00-08:00");
    assertThat(officer(e, "interim-ceo")).isEqualTo("emmett-shear");
    JsonNode letter = r.json().at("/views/acted/petitions").get(0);
    // The letter's latest count on record: 738 of 770 by the evening of 20 November (press reports).
    assertThat(letter.get("signatures_value").asLong()).isEqualTo(738);
    assertThat(letter.get("signatures_qualifier").asText()).isEqualTo("exact");
    assertThat(letter.get("headcount_value").asLong()).isEqualTo(770);
    assertThat(letter.get("named_signers").toString()).contains("ilya-sutskever");
  }

  @Test
  void state_on1December_showsTheNewBoardAndAltmanCeo() {
    JsonNode e = openaiInc("2023-12-01T00:00:00-08:00");
    assertThat(directors(e)).containsExactlyInAnyOrder("bret-taylor", "larry-summers", "adam-dangelo");
    assertThat(e.get("chair").get("person").asText()).isEqualTo("bret-taylor");
    assertThat(officer(e, "ceo")).isEqualTo("sam-altman");
    assertThat(officer(e, "interim-ceo")).isNull();
  }

  @Test
  void state_asRecordedBeforeTheRemovals_stillShowsTheOldBoard() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-18T12:00:00-08:00",
        "--recorded-at", "2023-11-17T11:00:00-08:00", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode e = null;
    for (JsonNode x : r.json().at("/views/acted/entities")) {
      e = x.get("id").asText().equals("openai-inc") ? x : e;
    }
    assertThat(directors(e)).contains("sam-altman", "greg-brockman");
  }

  @Test
  void state_ofOpenAiGlobal_isUltimatelyControlledByTheNonprofit() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-16T12:00:00-08:00", "--format", "json");
    for (JsonNode e : r.json().at("/views/acted/entities")) {
      if (e.get("id").asText().equals("openai-global")) {
        assertThat(e.get("ultimate_controller").asText()).isEqualTo("openai-inc");
        assertThat(e.get("economic_holders").toString()).contains("microsoft").contains("\"49\"");
        return;
      }
    }
    throw new AssertionError("no openai-global");
  }

  @Test
  void state_withAMalformedTime_exits2() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "yesterday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--at").contains("not a time");
  }

  @Test
  void state_withoutAt_exits2WithUsage() {
    Cli r = Cli.run("state", Cli.OPENAI.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--at");
  }

  @Test
  void state_ofOneEntity_isThatEntitysPartOfTheWholeState() {
    String at = "2023-11-21T12:00:00-08:00";
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", at, "--entity", "openai-inc", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("entity").asText()).isEqualTo("openai-inc");
    assertThat(r.json().at("/views/acted/entities")).hasSize(1);
    assertThat(r.json().at("/views/acted/entities").get(0)).isEqualTo(openaiInc(at));
    // The employees' letter is a petition to OpenAI, Inc.'s board, so it comes with the entity.
    assertThat(r.json().at("/views/acted/petitions").get(0).get("entity").asText()).isEqualTo("openai-inc");
  }

  @Test
  void state_ofAnEntityWithNoPetitions_listsNone() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-21T12:00:00-08:00", "--entity", "microsoft",
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().at("/views/acted/entities").get(0).get("id").asText()).isEqualTo("microsoft");
    assertThat(r.json().at("/views/acted/petitions")).isEmpty();
  }

  @Test
  void state_ofAnUnknownEntity_exits2NamingIt() {
    Cli r = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-21", "--entity", "openai-incorporated");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--entity").contains("openai-incorporated");
  }
}
