package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter compare} over the bundled OpenAI hypotheses, and {@code charter branch} over its three branches. */
class WhatIfCommandsTests {
  private static final String DIR = Cli.OPENAI.toString();
  private static final String BRANCHES = Cli.OPENAI.resolve("branches").toString();
  @TempDir Path tmp;

  private static String flat(String s) {
    return s.replaceAll(" +", " ");
  }

  @Test
  void compare_typicalAgainstAsReported_showsThe17NovemberActsAlikeAndTheShearConsentUndetermined() {
    Cli r = Cli.run("compare", DIR, "--hypotheses", "typical-delaware,as-reported-2023");
    assertThat(r.code()).as(r.err()).isZero();
    String out = flat(r.out());
    assertThat(out).contains("r-2023-11-17-altman invalid (void) invalid (void)")
        .contains("r-2023-11-17-brockman invalid (void) invalid (void)")
        .contains("r-2023-11-19-shear invalid (void) [as acted: valid with warnings] * undetermined")
        .contains("finding DE-141f-consent: not met (void) -> unknown")
        .contains("turns on as-reported-2023: replace openai-inc-bylaws (reported: Wired, 19 Nov 2023");
  }

  @Test
  void compare_namesTheSourcesOfWhatAVerdictTurnsOnByTheScenariosList() {
    Cli r = Cli.run("compare", DIR, "--hypotheses", "typical-delaware,as-reported-2023", "--differing");
    assertThat(r.code()).as(r.err()).isZero();
    String wired = "reported: Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the 11-page bylaws of January 2016";
    assertThat(r.out()).contains("    source: " + wired + ", as Wired reported them")
        .contains("turns on as-reported-2023: replace openai-inc-bylaws (" + wired + ", which Wired had seen)");
    JsonNode j = Cli.run("compare", DIR, "--hypotheses", "typical-delaware,as-reported-2023", "--differing",
        "--format", "json").json();
    assertThat(j.at("/variants/1/sources/0").asText()).isEqualTo(wired + ", as Wired reported them");
    assertThat(j.at("/acts/0/cells/as-reported-2023/turns_on").toString()).contains(wired);
  }

  @Test
  void compare_ofAScenarioWithoutSourcesYaml_namesTheSourcesAsWritten() throws Exception {
    Path dir = Cli.copyOpenAi(tmp.resolve("openai"));
    Files.delete(dir.resolve("sources.yaml"));
    Cli r = Cli.run("compare", dir.toString(), "--hypotheses", "typical-delaware,as-reported-2023", "--differing");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("    source: reported: Wired, 19 Nov 2023: the 11-page bylaws of January 2016")
        .contains("(reported: Wired, 19 Nov 2023: the 11-page bylaws of January 2016, which Wired had seen)")
        .doesNotContain("\u2014");
  }

  @Test
  void compare_asJson_namesWhatEachDifferingCellTurnsOn() {
    Cli r = Cli.run("compare", DIR, "--acts", "r-2023-11-19-shear", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.at("/variants/0/id").asText()).isEqualTo("typical-delaware");
    JsonNode cells = j.at("/acts/0/cells");
    assertThat(cells.at("/typical-delaware/legal").asText()).isEqualTo("invalid (void)");
    assertThat(cells.at("/as-reported-2023/legal").asText()).isEqualTo("undetermined");
    assertThat(cells.at("/as-reported-2023-141f/legal").asText()).isEqualTo("invalid (void)");
    assertThat(cells.at("/as-reported-2023-141f/differs").asBoolean()).isFalse();
    JsonNode members = cells.get("as-reported-2023-members");
    assertThat(members.get("legal").asText()).isEqualTo("valid");
    assertThat(members.get("differs").asBoolean()).isTrue();
    assertThat(members.get("turns_on").toString()).contains("replace openai-inc-formed");
    assertThat(members.get("findings_changed").toString()).contains("DE-228-members-consent: none -> met");
  }

  @Test
  void compare_badHypothesesAreRefusedNamingThoseThereAre() {
    Cli unknown = Cli.run("compare", DIR, "--hypotheses", "typical-delaware,wishful");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--hypotheses: no hypothesis wishful").contains("as-reported-2023-members");
    Cli one = Cli.run("compare", DIR, "--hypotheses", "typical-delaware");
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).contains("name two or more");
  }

  @Test
  void branch_brockmanNoticedADayAhead_leavesThe17NovemberActsUndetermined() {
    Cli r = Cli.run("branch", BRANCHES + "/brockman-noticed.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(flat(r.out())).contains("r-2023-11-17-altman invalid (void) * undetermined")
        .contains("finding DE-notice: not met (void) -> unknown")
        .contains("turns on brockman-noticed: insert notice-brockman-2023-11-16");
  }

  @Test
  void branch_noReversal_keepsTheFourDirectorsAndShearAsActed() {
    Cli r = Cli.run("branch", BRANCHES + "/no-reversal.yaml", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode diffs = r.json().at("/states/0/differences");
    JsonNode board = null;
    JsonNode interim = null;
    for (JsonNode d : diffs) {
      if (d.get("register").asText().equals("acted") && d.get("position").asText().equals("directors of openai-board")) {
        board = d.get("holders");
      }
      if (d.get("register").asText().equals("acted") && d.get("position").asText().equals("interim-ceo of openai-inc")) {
        interim = d.get("holders");
      }
    }
    assertThat(board).isNotNull();
    assertThat(board.get("no-reversal").toString()).isEqualTo(
        "[\"ilya-sutskever\",\"tasha-mccauley\",\"adam-dangelo\",\"helen-toner\"]");
    assertThat(interim.get("no-reversal").toString()).isEqualTo("[\"emmett-shear\"]");
    // The employees' letter and its signatures stay on record in the branch: none of them is dropped.
    assertThat(r.json().at("/variants/1/edits").toString()).contains("drop sam-altman-ceo-returns")
        .doesNotContain("employee-letter");
  }

  @Test
  void branch_agi2025_stopsMicrosoftInTheWaterfall() {
    Cli r = Cli.run("branch", BRANCHES + "/agi-2025.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(flat(r.out())).contains("agi-determined-2025 not in this variant * valid")
        .contains("one distribution of $1,000,000,000.00 by openai-global: splits differently")
        .contains("microsoft: openai-2023 $750,000,000.00; agi-2025 $0.00");
  }

  @Test
  void branch_badFiles_exit2NamingFileAndLine() throws Exception {
    Path f = tmp.resolve("bad.yaml");
    Files.writeString(f, "id: bad\ntitle: Bad\nbase: " + Cli.OPENAI.toAbsolutePath() + "\ndrop: [no-such-act]\n");
    Cli drop = Cli.run("branch", f.toString());
    assertThat(drop.code()).isEqualTo(2);
    assertThat(drop.err()).contains("bad.yaml:4:").contains("drop: no act no-such-act in scenario openai-2023");
    Files.writeString(f, "id: bad\ntitle: Bad\n");
    Cli noBase = Cli.run("branch", f.toString());
    assertThat(noBase.code()).isEqualTo(2);
    assertThat(noBase.err()).contains("base: a branch names its base scenario directory");
    Files.writeString(f, "id: bad\ntitle: Bad\nbase: " + Cli.OPENAI.toAbsolutePath() + "\nacts:\n"
        + "  - act: notice-given\n    id: n1\n    at: 2023-11-16T10:00\n    sources: [{assumption: x}]\n"
        + "    meeting: m-2023-11-17\n    to: nobody\n    method: email\n");
    Cli name = Cli.run("branch", f.toString());
    assertThat(name.code()).isEqualTo(2);
    assertThat(name.err()).contains("bad.yaml:10:").contains("unknown person 'nobody'");
  }
}
