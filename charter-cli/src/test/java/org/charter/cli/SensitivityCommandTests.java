package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter sensitivity} on the OpenAI scenario: which assumptions and unknown facts each verdict turns on. */
class SensitivityCommandTests {
  private static final String DIR = Cli.OPENAI.toString();
  @TempDir Path tmp;

  private static JsonNode row(JsonNode root, String act) {
    for (JsonNode r : root.get("acts")) {
      if (r.get("act").asText().equals(act)) {
        return r;
      }
    }
    return null;
  }

  private static List<String> flips(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.get("turns_on").forEach(t -> out.add(t.get("flip").asText() + " -> " + t.get("verdict").asText()));
    return out;
  }

  @Test
  void anActDatedBySpan_isFlippedToTheLatestTheRecordsOrderAllows_andSueYoonsDepartureTurnsOnIt() {
    Cli r = Cli.run("sensitivity", DIR, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = r.json();
    Map<String, String> labels = new java.util.HashMap<>();
    root.get("flips").forEach(f -> labels.put(f.get("id").asText(), f.get("label").asText()));
    // Her election, dated 2018/2019, moves no later than her departure, dated from 2019 on: not to the end of 2019.
    assertThat(labels.get("sue-yoon-elected-late-in-period")).isEqualTo("sue-yoon-elected: as late in 2018\u20132019"
        + " as the record's order allows (2018-12-31 23:59 PST), not at its start (the day is not on record)");
    assertThat(labels.get("sue-yoon-leaves-board-late-in-period")).contains("2019\u20132020")
        .contains("(2020-12-31 23:59 PST)");
    // Placed at the start of its span she leaves before the composition rule of March 2019; at its end, after.
    JsonNode yoon = row(root, "sue-yoon-leaves-board");
    assertThat(yoon.get("verdict").asText()).isEqualTo("valid");
    assertThat(flips(yoon)).containsExactly("sue-yoon-leaves-board-late-in-period -> valid with warnings");
    assertThat(yoon.at("/turns_on/0/findings_changed").toString()).contains("OAI-majority-no-equity: none -> warning");
    // The month a description shares with its person's election leaves no room to move, so it is not flipped.
    assertThat(labels).doesNotContainKey("adam-dangelo-described-2018-late-in-period");
  }

  @Test
  void theShearConsentTurnsOnTheReportedBylawsAndTheMembersReading_theRemovalsOnNoFlip() {
    Cli r = Cli.run("sensitivity", DIR, "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = r.json();
    List<String> kinds = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    root.get("flips").forEach(f -> {
      kinds.add(f.get("kind").asText());
      ids.add(f.get("id").asText());
    });
    assertThat(kinds).contains("assumption", "hypothesis", "unknown");
    assertThat(ids).contains("drop-openai-inc-bylaws", "openai-inc-formed-has-members-true",
        "openai-inc-formed-has-members-false", "m-2023-11-17-held-objected-true", "r-2023-11-17-altman-all-no");

    JsonNode shear = row(root, "r-2023-11-19-shear");
    assertThat(shear.get("verdict").asText()).isEqualTo("invalid (void) [as acted: valid with warnings]");
    assertThat(flips(shear)).containsExactly(
        "as-reported-2023-141f-replace-openai-inc-bylaws -> undetermined [as acted: valid with warnings]",
        "as-reported-2023-members-replace-openai-inc-formed -> valid");
    assertThat(shear.at("/turns_on/1/findings_changed").toString()).contains("DE-228-members-consent: none -> met");
    // Brockman's notice is on record, and came after the votes: no unknown fact or assumption can save the removals.
    assertThat(row(root, "r-2023-11-17-altman")).isNull();
    // An assumption dropped is not listed as changing its own verdict.
    assertThat(row(root, "openai-inc-bylaws")).isNull();
  }

  @Test
  void withoutBrockmansNotice_theRemovalTurnsOnTheUnknownObjectionsAndNotices() throws Exception {
    Path dir = Cli.copyOpenAi(tmp.resolve("openai"));
    Files.writeString(dir.resolve("hypotheses/brockman-silent.yaml"), """
        id: brockman-silent
        title: Brockman's notice not on record
        sources:
          - assumption: "a test: the record holds no notice to Brockman"
        drop: [notice-brockman-2023-11-17]
        """);
    Cli r = Cli.run("sensitivity", dir.toString(), "--hypothesis", "brockman-silent", "--act",
        "r-2023-11-17-altman");
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).contains("Sensitivity of openai-2023 under brockman-silent")
        .contains("m-2023-11-17-noticed-late (unknown): m-2023-11-17: greg-brockman, tasha-mccauley, adam-dangelo,"
            + " helen-toner (no notice or waiver on record) were first noticed an hour after the meeting")
        .contains("r-2023-11-17-altman  2023-11-17T12:00-08:00")
        .contains(": undetermined")
        .contains("m-2023-11-17-held-objected-true -> invalid (void) (DE-notice: unknown -> not met (void))")
        .contains("m-2023-11-17-noticed-late -> invalid (void) (DE-notice: unknown -> not met (void))")
        .contains("r-2023-11-17-altman-all-no -> invalid (void) (DE-141b-vote: unknown -> not met (void))");
  }

  @Test
  void aHypothesisFlip_namesTheSourcesOfItsEditByTheScenariosList() {
    Cli r = Cli.run("sensitivity", DIR, "--act", "r-2023-11-19-shear");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("as-reported-2023-141f-replace-openai-inc-bylaws (hypothesis): as-reported-2023-141f,"
        + " as-reported-2023-members, as-reported-2023: replace openai-inc-bylaws (reported: Wired, 19 Nov 2023 \u2014 Wired, 2023-11-19: the 11-page bylaws of"
        + " January 2016, which Wired had seen)");
  }

  @Test
  void badInput_exitsTwo() {
    Cli act = Cli.run("sensitivity", DIR, "--act", "no-such-act");
    assertThat(act.code()).isEqualTo(2);
    assertThat(act.err()).contains("--act: no act no-such-act in openai-2023");
    Cli h = Cli.run("sensitivity", DIR, "--hypothesis", "wishful");
    assertThat(h.code()).isEqualTo(2);
    assertThat(h.err()).contains("--hypothesis: no hypothesis wishful");
  }
}
