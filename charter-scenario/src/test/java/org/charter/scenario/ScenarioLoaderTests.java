package org.charter.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTests {
  @TempDir Path tmp;

  @Test
  void load_sampleScenario_readsHeaderAndActsInFileThenListOrder() {
    Scenario s = Fixtures.sample();
    assertThat(s.id()).isEqualTo("sample");
    assertThat(s.title()).isEqualTo("Sample board, November 2023");
    assertThat(s.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(s.recordedBy()).isEqualTo("charter-tests");
    assertThat(s.description()).startsWith("Two entities");
    assertThat(s.dir()).isEqualTo(Fixtures.resource("scenarios/sample"));
    assertThat(s.acts()).hasSize(25);
    assertThat(s.acts()).extracting(Act::id)
        .startsWith("openai-inc-formed", "2015-2", "2015-3", "2019-1")
        .endsWith("2023-11-10", "2023-11-11");
  }

  @Test
  void load_headerWithoutRecordedBy_defaultsToScenario_andEmptyActsFileHasNoActs() {
    Scenario s = new ScenarioLoader().load(Fixtures.resource("scenarios/header-only"));
    assertThat(s.recordedBy()).isEqualTo("scenario");
    assertThat(s.description()).isNull();
    assertThat(s.acts()).isEmpty();
  }

  @Test
  void loadActs_checkFile_resolvesNamesAgainstScenarioAndTheFileItself() {
    Scenario sample = Fixtures.sample();
    List<Act> acts = new ScenarioLoader().loadActs(Fixtures.resource("scenarios/sample/checks/reinstate.yaml"), sample);
    assertThat(acts).extracting(Act::id).containsExactly("reinstate-1", "reinstate-2");
    assertThat(((MotionVoted) acts.get(0)).resolution()).isEqualTo("r-reinstate");
    OfficerAppointed appointed = (OfficerAppointed) acts.get(1);
    assertThat(appointed.office()).isEqualTo(Office.CEO);
    assertThat(appointed.resolution()).isEqualTo("r-reinstate");
    assertThat(appointed.meta().recordedBy()).isEqualTo("charter-tests");
  }

  @Test
  void load_problemsInEveryFile_areAllReportedInFileOrder() {
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(Fixtures.resource("scenarios/broken")));
    assertThat(problems)
        .extracting(p -> p.file().getFileName() + ":" + p.line() + ":" + p.column() + ": " + p.message())
        .containsExactly(
            "scenario.yaml:3:11: unknown time zone 'Mars/Olympus_Mons' (expected a region such as America/Los_Angeles)",
            "scenario.yaml:4:1: unknown field 'recorder' in scenario.yaml (expected one of: id, title, timezone, "
                + "recorded_by, description)",
            // b.yaml cannot be read, so a.yaml's unknown body may be one it defines: counted there, not listed.
            "b.yaml:9:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at 8:7);"
                + " 1 error for an unknown name that follows from it (a name this file may define) is not shown",
            "c.yaml:1:1: expected a list of acts, got mapping");
  }

  private static final String LAYOUT = " (a scenario directory holds scenario.yaml and acts/)";

  @Test
  void load_directoryWithoutScenarioYamlOrActs_isRefusedNamingBoth() {
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(tmp));
    assertThat(problems).extracting(Problem::toString).containsExactly(
        tmp.resolve("scenario.yaml") + ": missing scenario.yaml" + LAYOUT,
        tmp.resolve("acts") + ": missing acts/ directory" + LAYOUT);
  }

  @Test
  void load_scenarioYamlMissingRequiredFields_namesEachOne() throws IOException {
    Files.createDirectory(tmp.resolve("acts"));
    Files.writeString(tmp.resolve("scenario.yaml"), "id: x\n");
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().load(tmp));
    assertThat(problems).extracting(Problem::message).containsExactly(
        "missing required field 'title' in scenario.yaml", "missing required field 'timezone' in scenario.yaml");
    assertThat(problems).extracting(Problem::line).containsOnly(1);
  }

  @Test
  void loadActs_missingFile_isAProblemOfThatFile() {
    Path missing = tmp.resolve("nope.yaml");
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().loadActs(missing, Fixtures.sample()));
    assertThat(problems).extracting(Problem::toString).containsExactly(missing + ": no such acts file");
  }

  @Test
  void loadActs_duplicateFieldAndNonMappingItem_areReported() throws IOException {
    Path file = tmp.resolve("odd.yaml");
    Files.writeString(file, "- just a string\n- act: statement-made\n  at: 2023-11-17\n  by: a\n  by: b\n  text: c\n");
    List<Problem> problems = Fixtures.problems(() -> new ScenarioLoader().loadActs(file, Fixtures.sample()));
    assertThat(problems).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
        "1:3: expected an act (a mapping with 'act:'), got value 'just a string'",
        "5:3: duplicate field 'by'");
  }
}
