package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charter.core.act.Source;
import org.charter.core.report.CitedSource;
import org.charter.core.act.Source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's sources.yaml: what each short source resolves to, and the errors of a source or entry that does not. */
class SourceListTests {
  private static final String HEADER = "id: s\ntitle: S\ntimezone: UTC\n";
  private static final String ENTITY = """
      - act: entity-formed
        id: e-formed
        at: 2015-12-08
        sources:
          - seed: "001"
          - reported: "Wired, 19 Nov 2023: the bylaws of January 2016"
          - assumption: "needs no entry"
        entity: e
        name: E, Inc.
        kind: nonprofit-corporation
        jurisdiction: Delaware
        profile: delaware-nonstock
      """;
  private static final String SOURCES = """
      - key: seed 001
        publisher: publisher not given in the file
        date: undated
        file: 001_cfd64df5a48c7b4a.txt
      - key: Wired, 19 Nov 2023
        title: The OpenAI board
        publisher: Wired
        date: 2023-11-19
      - key: Wired
        publisher: Wired
        date: "2023"
      """;

  @TempDir
  Path dir;

  private Path scenario(String acts, String sources) throws IOException {
    Files.writeString(dir.resolve("scenario.yaml"), HEADER);
    Files.createDirectories(dir.resolve("acts"));
    Files.writeString(dir.resolve("acts/a.yaml"), acts);
    if (sources != null) {
      Files.writeString(dir.resolve("sources.yaml"), sources);
    }
    return dir;
  }

  private static void assertAt(Problem p, String file, int line, int column, String message) {
    assertThat(p.file().getFileName().toString()).isEqualTo(file);
    assertThat(p.line()).as("line of " + p).isEqualTo(line);
    assertThat(p.column()).as("column of " + p).isEqualTo(column);
    assertThat(p.message()).isEqualTo(message);
  }

  private Problem onlyProblem(String acts, String sources) throws IOException {
    Path d = scenario(acts, sources);
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(d));
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void load_withSourcesYaml_resolvesSeedByNumberAndReportByLongestKey() throws IOException {
    Scenario s = new ScenarioLoader().load(scenario(ENTITY, SOURCES));
    List<Source> sources = s.acts().get(0).meta().sources();
    assertThat(s.sources().present()).isTrue();
    assertThat(s.sources().label(sources.get(0)))
        .isEqualTo("seed 001 \u2014 publisher not given in the file, undated (001_cfd64df5a48c7b4a.txt)");
    SourceList.Cited wired = s.sources().resolve(sources.get(1)).orElseThrow();
    assertThat(wired.entry().key()).isEqualTo("Wired, 19 Nov 2023");
    assertThat(wired.detail()).isEqualTo(": the bylaws of January 2016");
    assertThat(wired.label())
        .isEqualTo("reported: Wired, 19 Nov 2023 \u2014 The OpenAI board, Wired, 2023-11-19: the bylaws of January 2016");
    assertThat(s.sources().resolve(sources.get(2))).isEmpty();
    assertThat(s.sources().label(sources.get(2))).isEqualTo("assumption: needs no entry");
  }

  @Test
  void cite_resolvedSource_givesTheEntrysPartsAndTheDetailWithoutItsSeparator() throws IOException {
    Scenario s = new ScenarioLoader().load(scenario(ENTITY, SOURCES));
    List<Source> sources = s.acts().get(0).meta().sources();
    CitedSource seed = s.sources().cite(sources.get(0));
    assertThat(seed.key()).isEqualTo("seed 001");
    assertThat(seed.file()).isEqualTo("001_cfd64df5a48c7b4a.txt");
    assertThat(seed.detail()).isNull();
    CitedSource wired = s.sources().cite(sources.get(1));
    assertThat(wired.label()).isEqualTo(s.sources().label(sources.get(1)));
    assertThat(List.of(wired.key(), wired.title(), wired.publisher(), wired.date(), wired.detail()))
        .containsExactly("Wired, 19 Nov 2023", "The OpenAI board", "Wired", "2023-11-19", "the bylaws of January 2016");
    assertThat(wired.tree()).containsEntry("kind", "reported")
        .containsEntry("ref", "Wired, 19 Nov 2023: the bylaws of January 2016").containsEntry("file", null);
    CitedSource assumed = s.sources().cite(sources.get(2));
    assertThat(assumed).isEqualTo(CitedSource.asWritten(sources.get(2)));
    assertThat(assumed.resolved()).isFalse();
  }

  @Test
  void load_withoutSourcesYaml_isAllowedAndShowsSourcesAsWritten() throws IOException {
    Scenario s = new ScenarioLoader().load(scenario(ENTITY, null));
    assertThat(s.sources().present()).isFalse();
    assertThat(s.sources().label(s.acts().get(0).meta().sources().get(0))).isEqualTo("seed 001");
  }

  @Test
  void resolve_keyEndsMidWord_doesNotMatch() {
    SourceList list = SourceList.of(List.of(new SourceEntry("Wired, 19 Nov 2023", null, "Wired", "2023-11-19", null,
        null, null)));
    assertThat(list.resolve(new Source(SourceKind.REPORTED, "Wired, 19 Nov 20234: x", null))).isEmpty();
    assertThat(list.resolve(new Source(SourceKind.PUBLIC_RECORD, "Wired, 19 Nov 2023", null))).isPresent();
  }

  @Test
  void load_unresolvedSeed_isErrorAtTheActsSource() throws IOException {
    Problem p = onlyProblem(ENTITY.replace("seed: \"001\"", "seed: \"007\""), SOURCES);
    assertAt(p, "a.yaml", 5, 13, "sources[0]: seed 007 has no entry in sources.yaml (add one with key: seed 007 and"
        + " the seed's file)");
  }

  @Test
  void load_unresolvedReport_isErrorAtTheActsSource() throws IOException {
    Problem p = onlyProblem(ENTITY.replace("Wired, 19 Nov 2023: the", "Wyred, 19 Nov 2023: the"), SOURCES);
    assertAt(p, "a.yaml", 6, 17, "sources[1]: no key of sources.yaml begins the reported text 'Wyred, 19 Nov 2023:"
        + " the bylaws of January 2016' (write it as the key of an entry, such as \"Wired, 19 Nov 2023\", then the"
        + " detail, or add the entry)");
  }

  @Test
  void hypotheses_withASourceTheListLacks_isErrorAtTheVariantsSource() throws IOException {
    Scenario s = new ScenarioLoader().load(scenario(ENTITY, SOURCES));
    Files.createDirectories(dir.resolve("hypotheses"));
    Files.writeString(dir.resolve("hypotheses/h.yaml"), """
        id: h
        title: H
        sources:
          - public: "Wired, 19 Nov 2023: fine"
          - public: "Axios, 22 Nov 2023: not in the list"
        drop: [e-formed]
        """);
    List<Problem> problems = Fixtures.problems(() -> new VariantLoader().hypotheses(s));
    assertThat(problems).hasSize(1);
    assertAt(problems.get(0), "h.yaml", 5, 13, "sources[1]: no key of sources.yaml begins the public text 'Axios,"
        + " 22 Nov 2023: not in the list' (write it as the key of an entry, such as \"Wired, 19 Nov 2023\", then the"
        + " detail, or add the entry)");
  }

  @Test
  void loadActs_againstAScenarioWithAList_checksTheProposedActsSources() throws IOException {
    Scenario s = new ScenarioLoader().load(scenario(ENTITY, SOURCES));
    Path check = dir.resolve("check.yaml");
    Files.writeString(check, ENTITY.replace("e-formed", "f-formed").replace("entity: e\n", "entity: f\n")
        .replace("seed: \"001\"", "seed: \"004\""));
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().loadActs(check, s));
    assertThat(problems).hasSize(1);
    assertAt(problems.get(0), "check.yaml", 5, 13, "sources[0]: seed 004 has no entry in sources.yaml (add one with"
        + " key: seed 004 and the seed's file)");
  }

  @Test
  void load_entryWithoutPublisher_isErrorAtTheEntry() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("  publisher: Wired\n  date: 2023-11-19\n", "  date: 2023-11-19\n"));
    assertAt(p, "sources.yaml", 5, 3, "missing required field 'publisher' in source entry");
  }

  @Test
  void load_entryWithBadDate_isErrorAtTheDate() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("date: 2023-11-19", "date: 19 Nov 2023"));
    assertAt(p, "sources.yaml", 8, 9, "date: '19 Nov 2023' is not a date (expected 2023-11-19, the month 2023-11 or"
        + " the year 2023 where the source gives no day, or undated where it gives no date)");
  }

  @Test
  void load_entryWithDayThatDoesNotExist_isErrorAtTheDate() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("date: 2023-11-19", "date: 2023-11-31"));
    assertThat(p.message()).startsWith("date: '2023-11-31' is not a date");
  }

  @Test
  void load_entryWithUnknownField_isErrorAtTheField() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("  title: The OpenAI board\n", "  headline: The OpenAI board\n"));
    assertAt(p, "sources.yaml", 6, 3, "unknown field 'headline' in source entry (expected one of: key, title,"
        + " publisher, date, file, url, note)");
  }

  @Test
  void load_duplicateKey_isErrorAtTheSecondKey() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("- key: Wired\n", "- key: Wired, 19 Nov 2023\n"));
    assertAt(p, "sources.yaml", 9, 8, "duplicate source key 'Wired, 19 Nov 2023' (first at 5:8)");
  }

  @Test
  void load_seedEntryWithoutFile_isError() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("  file: 001_cfd64df5a48c7b4a.txt\n", ""));
    assertAt(p, "sources.yaml", 1, 3, "missing required field 'file' in source entry 'seed 001' (a seed's file name,"
        + " such as 001_cfd64df5a48c7b4a.txt)");
  }

  @Test
  void load_seedEntryWithAnotherSeedsFile_isError() throws IOException {
    Problem p = onlyProblem(ENTITY, SOURCES.replace("file: 001_", "file: 002_"));
    assertAt(p, "sources.yaml", 4, 9, "file: '002_cfd64df5a48c7b4a.txt' is not the file of seed 001 (a seed's file"
        + " name begins with its number: 001_...)");
  }
}
