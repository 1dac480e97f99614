package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline names each source by the scenario's sources.yaml; a source it lacks is refused with exit code 2. */
class SourcesCliTests {
  private static final String SEED_001 = "seed 001 \u2014 publisher not given in the file, undated"
      + " (001_cfd64df5a48c7b4a.txt)";
  private static final String LEADERSHIP = "public record: OpenAI, 17 Nov 2023 \u2014 OpenAI announces leadership"
      + " transition, OpenAI, 2023-11-17: Altman 'was not consistently candid in his communications with the board'";

  @TempDir Path tmp;

  @Test
  void replay_ofTheOpenAiCase_printsEachSourceByTheList() {
    Cli r = Cli.run("replay", Cli.OPENAI.toString(), "--db", tmp.resolve("charter.db").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("      source: " + SEED_001).contains("      source: " + LEADERSHIP)
        .contains("      source: assumption: ");
  }

  @Test
  void replayJson_ofTheOpenAiCase_givesEachTimelineEntryItsResolvedSources() {
    Cli r = Cli.run("replay", Cli.OPENAI.toString(), "--db", tmp.resolve("charter.db").toString(), "--format",
        "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode removal = null;
    boolean leadership = false;
    for (JsonNode e : r.json().get("timeline")) {
      if (e.get("id").asText().equals("sam-altman-removed-ceo")) {
        removal = e;
      }
      for (JsonNode s : e.get("sources")) {
        leadership |= s.asText().equals(LEADERSHIP);
      }
    }
    assertThat(removal).isNotNull();
    assertThat(removal.get("sources").get(0).asText()).isEqualTo(SEED_001);
    assertThat(leadership).isTrue();
  }

  @Test
  void replay_ofTheBookInTheStore_namesItsSourcesByTheBundledScenariosList() {
    String db = tmp.resolve("charter.db").toString();
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", db).code()).isZero();
    System.setProperty("charter.home", "..");
    Cli r = Cli.run("replay", "--db", db, "--book", "openai-2023", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("timeline").toString()).contains(SEED_001).contains(LEADERSHIP);
  }

  @Test
  void replay_ofASourceTheListLacks_exits2NamingTheSourcesLineAndColumn() throws Exception {
    Path copy = Cli.copyOpenAi(tmp.resolve("scenario"));
    Path file = copy.resolve("acts").resolve("2023-11-17-news.yaml");
    Files.writeString(file, Files.readString(file).replace("public: \"OpenAI, 17 Nov 2023: ",
        "public: \"OpenAl, 17 Nov 2023: "));
    Cli r = Cli.replayRefused(tmp, copy);
    assertThat(r.err()).containsPattern("2023-11-17-news\\.yaml:\\d+:\\d+: sources\\[\\d\\]: no key of"
        + " sources\\.yaml begins the public text 'OpenAl, 17 Nov 2023: ");
  }

  @Test
  void replay_ofAMalformedSourcesEntry_exits2NamingItsLineAndColumn() throws Exception {
    Path copy = Cli.copyOpenAi(tmp.resolve("scenario"));
    Path file = copy.resolve("sources.yaml");
    Files.writeString(file, Files.readString(file).replace("  date: \"2023-11-22\"", "  date: \"22 Nov 2023\""));
    Cli r = Cli.replayRefused(tmp, copy);
    assertThat(r.err()).containsPattern("sources\\.yaml:\\d+:9: date: '22 Nov 2023' is not a date");
  }
}
