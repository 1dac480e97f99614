package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.scenario.ScenarioSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter export} writes the sources.yaml a book's sources resolve by, where it knows one, never part of one. */
class ExportSourcesTests {
  private static final List<String> ACTS = List.of("board-announcement-2023-11-17", "m-2023-11-17-held",
      "will-hurd-leaves-board", "openai-inc-formed");
  // An act whose report no entry of the bundled list names, as an act recorded through the server may give.
  private static final String UNLISTED = """
      - act: statement-made
        id: gazette-statement
        at: 2023-11-23T10:00
        sources:
          - reported: "Made-up Gazette, 23 Nov 2023: a report no list names"
        by: sam-altman
        text: A statement for the tests.
      """;

  private static final String ZONE = "America/Los_Angeles";
  @TempDir static Path tmp;
  private static Path db;

  @BeforeAll
  static void theBundledScenarioInAStore() {
    System.setProperty("charter.home", "..");
    db = tmp.resolve("charter.db");
    Cli r = Cli.run("replay", Cli.OPENAI.toString(), "--db", db.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static Act act(Scenario s, String id) {
    return s.acts().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void export_ofTheBundledOpenAiBook_writesTheEntriesItsActsNameAndLoadsWithTheSameLabels() throws Exception {
    Path out = tmp.resolve("openai-export");
    Cli e = Cli.run("export", "--db", db.toString(), "--book", "openai-2023", "--out", out.toString(), "--format",
        "json");
    assertThat(e.code()).as(e.out() + e.err()).isZero();
    JsonNode src = e.json().get("sources_yaml");
    assertThat(src.get("written").asBoolean()).isTrue();
    assertThat(src.get("from").asText()).endsWith("sources.yaml");
    assertThat(src.get("reason").isNull()).isTrue();
    assertThat(Files.readString(out.resolve("sources.yaml"))).startsWith("# The entries of ")
        .contains("key: seed 001").contains("file: 001_cfd64df5a48c7b4a.txt").contains("key: Wired, Nov 2023");

    Scenario original = new ScenarioLoader().load(Cli.OPENAI);
    Scenario back = new ScenarioLoader().load(out);
    assertThat(back.sources().present()).isTrue();
    // Only the entries the acts name: the hypotheses' own, such as Wired, 19 Nov 2023, are not exported with them.
    assertThat(src.get("entries").asInt()).isEqualTo(back.sources().entries().size())
        .isLessThanOrEqualTo(original.sources().entries().size());
    for (String id : ACTS) {
      assertThat(ScenarioSources.of(back).of(act(back, id))).as(id)
          .isEqualTo(ScenarioSources.of(original).of(act(original, id)))
          .allMatch(l -> l.contains(" \u2014 ") || l.startsWith("assumption: "));
    }
    assertThat(ScenarioSources.of(back).of(act(back, "will-hurd-leaves-board")).get(0))
        .isEqualTo("reported: Wired, Nov 2023 \u2014 Wired, 2023-11: Hurd left the board in July 2023");

    Cli text = Cli.run("export", "--db", db.toString(), "--book", "openai-2023", "--out",
        tmp.resolve("openai-export-text").toString());
    assertThat(text.out()).contains("sources.yaml: the " + src.get("entries").asInt() + " entries of ")
        .contains("that the acts name");
  }

  @Test
  void export_ofABookWithASourceTheListLacks_writesNoSourcesYamlAndSaysWhy() throws Exception {
    Path copy = Cli.copyOpenAi(tmp.resolve("unlisted-scenario"));
    Files.delete(copy.resolve("sources.yaml"));
    Files.writeString(copy.resolve("acts/2099-unlisted.yaml"), UNLISTED);
    Path store = tmp.resolve("unlisted.db");
    assertThat(Cli.run("replay", copy.toString(), "--db", store.toString()).code()).isZero();

    Path out = tmp.resolve("unlisted-export");
    Cli e = Cli.run("export", "--db", store.toString(), "--book", "openai-2023", "--out", out.toString());
    assertThat(e.code()).as(e.out() + e.err()).isZero();
    assertThat(e.out()).contains("no sources.yaml: 1 source(s) of the book have no entry in ")
        .contains("act gazette-statement gives 'reported: Made-up Gazette, 23 Nov 2023: a report no list names'")
        .contains("read back as written");
    assertThat(Files.exists(out.resolve("sources.yaml"))).isFalse();
    assertThat(new ScenarioLoader().load(out).sources().present()).isFalse();

    // Asked for by --sources, a list that does not name every source is bad input, and nothing is written.
    Path refused = tmp.resolve("unlisted-refused");
    Cli r = Cli.run("export", "--db", store.toString(), "--book", "openai-2023", "--out", refused.toString(),
        "--sources", Cli.OPENAI.resolve("sources.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--sources: 1 source(s) of the book have no entry in")
        .contains("gazette-statement");
    assertThat(Files.exists(refused)).isFalse();
  }

  @Test
  void export_ofABookNoBundledScenarioNames_writesTheListOfSourcesOnlyWhenGiven() throws Exception {
    Path copy = Cli.copyOpenAi(tmp.resolve("renamed"));
    Files.writeString(copy.resolve("scenario.yaml"), Files.readString(copy.resolve("scenario.yaml"))
        .replace("id: openai-2023", "id: openai-copy"));
    Path store = tmp.resolve("renamed.db");
    assertThat(Cli.run("replay", copy.toString(), "--db", store.toString()).code()).isZero();

    // The store keeps no zone, and no bundled scenario gives this book's.
    Cli plain = Cli.run("export", "--db", store.toString(), "--book", "openai-copy", "--zone", ZONE, "--out",
        tmp.resolve("renamed-plain").toString(), "--format", "json");
    assertThat(plain.code()).as(plain.err()).isZero();
    assertThat(plain.json().at("/sources_yaml/written").asBoolean()).isFalse();
    assertThat(plain.json().at("/sources_yaml/reason").asText()).contains("the store keeps no list of sources")
        .contains("--sources FILE");
    assertThat(Files.exists(tmp.resolve("renamed-plain/sources.yaml"))).isFalse();

    // Without --zone it is exported in UTC, where the acts dated only to a month or a year do not begin their
    // periods: refused before anything is written, naming the first such act and the way out.
    Path utc = tmp.resolve("renamed-utc");
    Cli inUtc = Cli.run("export", "--db", store.toString(), "--book", "openai-copy", "--out", utc.toString());
    assertThat(inUtc.code()).as(inUtc.err()).isEqualTo(2);
    assertThat(inUtc.err()).contains("act chris-clark-described is dated only to the year 2016")
        .contains("in UTC").contains("give the book's zone with --zone");
    assertThat(Files.exists(utc)).isFalse();

    Path out = tmp.resolve("renamed-listed");
    Cli listed = Cli.run("export", "--db", store.toString(), "--book", "openai-copy", "--zone", ZONE, "--out",
        out.toString(), "--sources", copy.resolve("sources.yaml").toString());
    assertThat(listed.code()).as(listed.err()).isZero();
    Scenario back = new ScenarioLoader().load(out);
    assertThat(ScenarioSources.of(back).of(act(back, "m-2023-11-17-held")).get(0))
        .startsWith("seed 001 \u2014 publisher not given in the file, undated (001_cfd64df5a48c7b4a.txt)");
  }

  @Test
  void export_withABadSourcesFile_exits2AtItsLineAndColumn() throws Exception {
    Path bad = tmp.resolve("bad-sources.yaml");
    Files.writeString(bad, "- key: seed 001\n  publisher: p\n  date: 19 Nov 2023\n  file: 001_x.txt\n");
    Path out = tmp.resolve("bad-export");
    Cli r = Cli.run("export", "--db", db.toString(), "--book", "openai-2023", "--out", out.toString(), "--sources",
        bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad-sources.yaml:3:9: date: '19 Nov 2023' is not a date");
    assertThat(Files.exists(out)).isFalse();
    Cli missing = Cli.run("export", "--db", db.toString(), "--book", "openai-2023", "--out", out.toString(),
        "--sources", tmp.resolve("nowhere.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.yaml").contains("no sources.yaml here");
  }
}
