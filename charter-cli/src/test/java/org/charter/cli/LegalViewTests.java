package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal register beside the acted one, and verdicts on the whole record, on the bundled OpenAI case as a user
 * runs it: `charter state` and `charter replay` on real scenario directories.
 */
class LegalViewTests {
  private static final String NOTICE_FILE = "2023-11-17-meeting.yaml";

  private static JsonNode inc(JsonNode root, String view) {
    for (JsonNode e : root.at("/views/" + view + "/entities")) {
      if (e.get("id").asText().equals("openai-inc")) {
        return e;
      }
    }
    throw new AssertionError("no openai-inc under " + view + " in " + root);
  }

  private static List<String> directors(JsonNode entity) {
    List<String> out = new ArrayList<>();
    entity.get("bodies").get(0).get("directors").forEach(d -> out.add(d.get("person").asText()));
    return out;
  }

  private static JsonNode office(JsonNode entity, String office) {
    for (JsonNode o : entity.get("officers")) {
      if (o.get("office").asText().equals(office)) {
        return o;
      }
    }
    return null;
  }

  private static JsonNode state(Path dir, String at, String... more) {
    List<String> args = new ArrayList<>(List.of("state", dir.toString(), "--at", at, "--format", "json"));
    args.addAll(List.of(more));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return r.json();
  }

  /** The timeline `charter replay --format json` prints for a scenario, into a fresh store. */
  private static JsonNode timeline(Path dir, Path tmp) {
    Cli r = Cli.run("replay", dir.toString(), "--db", tmp.resolve("v" + System.nanoTime() + ".db").toString(),
        "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().get("timeline");
  }

  /** Every act's verdicts by id: legal, and as acted where it differs. */
  private static Map<String, String> verdicts(Path dir, Path tmp) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode a : timeline(dir, tmp)) {
      out.put(a.get("id").asText(), a.get("verdict").toString() + " | " + a.get("acted_verdict").toString());
    }
    return out;
  }

  private static JsonNode act(Path dir, Path tmp, String id) {
    for (JsonNode a : timeline(dir, tmp)) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no act " + id);
  }

  private static JsonNode finding(JsonNode verdict, String rule) {
    for (JsonNode f : verdict.get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + rule + " in " + verdict);
  }

  private static Path copy(Path tmp) throws IOException {
    return Cli.copyOpenAi(tmp.resolve("openai"));
  }

  @Test
  void state_on18November_legalRegisterKeepsSixDirectorsAndAltmanAsCeo_actedShowsMuratiInterim() {
    JsonNode root = state(Cli.OPENAI, "2023-11-18T12:00:00-08:00");
    assertThat(root.get("view").asText()).isEqualTo("both");
    JsonNode legal = inc(root, "legal");
    assertThat(directors(legal)).containsExactlyInAnyOrder("sam-altman", "greg-brockman", "adam-dangelo",
        "helen-toner", "ilya-sutskever", "tasha-mccauley");
    assertThat(office(legal, "ceo").get("person").asText()).isEqualTo("sam-altman");
    assertThat(office(legal, "ceo").get("basis_act").asText()).isEqualTo("sam-altman-ceo-2019");
    assertThat(office(legal, "interim-ceo")).isNull();
    JsonNode acted = inc(root, "acted");
    assertThat(directors(acted)).containsExactlyInAnyOrder("adam-dangelo", "helen-toner", "ilya-sutskever",
        "tasha-mccauley");
    assertThat(office(acted, "interim-ceo").get("person").asText()).isEqualTo("mira-murati");
    assertThat(office(acted, "interim-ceo").get("basis_act").asText()).isEqualTo("mira-murati-interim-ceo");
    assertThat(office(acted, "interim-ceo").get("basis_verdict").asText()).isEqualTo("invalid");
    List<String> differences = new ArrayList<>();
    root.get("differences").forEach(d -> differences.add(d.get("position").asText() + ": " + d.get("acted").asText()
        + " / " + d.get("legal").asText()));
    assertThat(differences).contains("director of openai-board: null / sam-altman",
        "director of openai-board: null / greg-brockman", "office interim-ceo: mira-murati / null",
        "office ceo: null / sam-altman");
  }

  /** The board after the 2024 review, from the public record: officers who left are no longer in office. */
  @Test
  void state_on17October2024_givesTheBoardAfterTheReview_withoutSutskeverOrMurati() {
    JsonNode root = state(Cli.OPENAI, "2024-10-17T00:00:00-07:00");
    List<String> after = List.of("bret-taylor", "larry-summers", "adam-dangelo", "sam-altman", "sue-desmond-hellmann",
        "nicole-seligman", "fidji-simo", "paul-nakasone", "zico-kolter");
    JsonNode acted = inc(root, "acted");
    assertThat(directors(acted)).containsExactlyInAnyOrderElementsOf(after);
    // Under the rules the 2023 removals were void and never cured: Brockman never left the board, and Altman's
    // election in 2024 finds his seat taken.
    JsonNode legal = inc(root, "legal");
    List<String> legalBoard = new ArrayList<>(after);
    legalBoard.add("greg-brockman");
    assertThat(directors(legal)).containsExactlyInAnyOrderElementsOf(legalBoard);
    for (JsonNode view : List.of(acted, legal)) {
      assertThat(office(view, "cto")).isNull();
      assertThat(office(view, "chief-scientist")).isNull();
      assertThat(office(view, "ceo").get("person").asText()).isEqualTo("sam-altman");
      assertThat(view.get("chair").get("person").asText()).isEqualTo("bret-taylor");
    }
    assertThat(directors(acted)).doesNotContain("ilya-sutskever", "mira-murati");
  }

  @Test
  void state_withViewActed_givesOnlyTheActedRegister_asTheReadmeTourReadsIt() {
    JsonNode root = state(Cli.OPENAI, "2023-11-18T12:00:00-08:00", "--view", "acted");
    assertThat(root.get("view").asText()).isEqualTo("acted");
    assertThat(root.get("views").has("legal")).isFalse();
    assertThat(directors(inc(root, "acted"))).hasSize(4);
    Cli bad = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-18", "--view", "lawful");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--view");
  }

  @Test
  void shearConsent_isInvalidUnderTheRules_signedBy4Of6_andValidWithWarningsAsActed(@TempDir Path tmp) {
    JsonNode shear = act(Cli.OPENAI, tmp, "r-2023-11-19-shear");
    assertThat(shear.at("/verdict/status").asText()).isEqualTo("invalid");
    JsonNode consent = finding(shear.get("verdict"), "DE-141f-consent");
    assertThat(consent.get("outcome").asText()).isEqualTo("not_met");
    assertThat(consent.get("detail").asText()).contains("4 of 6");
    assertThat(shear.at("/acted_verdict/status").asText()).isEqualTo("valid_with_warnings");
  }

  @Test
  void movingTheBrockmanNoticeAfterTheVotes_changesNoVerdict(@TempDir Path tmp) throws IOException {
    Map<String, String> before = verdicts(Cli.OPENAI, tmp);
    Path moved = copy(tmp);
    Path file = moved.resolve("acts").resolve(NOTICE_FILE);
    String text = Files.readString(file);
    int from = text.indexOf("- act: notice-given");
    int to = text.indexOf("- act: motion-voted");
    assertThat(from).isPositive().isLessThan(to);
    String notice = text.substring(from, to);
    // The notice goes to the end of the file, after every vote and every act under them.
    Files.writeString(file, text.substring(0, from) + text.substring(to) + "\n" + notice);
    assertThat(Files.readString(file).indexOf("- act: notice-given")).isGreaterThan(
        Files.readString(file).lastIndexOf("- act: motion-voted"));
    assertThat(verdicts(moved, tmp)).isEqualTo(before);
  }

  @Test
  void waiversRecordedAfterTheMeeting_makeTheNoticeFindingMet(@TempDir Path tmp) throws IOException {
    JsonNode original = finding(act(Cli.OPENAI, tmp, "r-2023-11-17-altman").get("verdict"), "DE-notice");
    assertThat(original.get("outcome").asText()).isEqualTo("not_met");
    Path dir = copy(tmp);
    StringBuilder waivers = new StringBuilder();
    // Every director who did not call the meeting waives notice in writing on 20 Nov (8 Del. C. § 229: "before or
    // after"): a hypothetical, recorded after the meeting.
    for (String d : List.of("greg-brockman", "sam-altman", "adam-dangelo", "helen-toner", "tasha-mccauley")) {
      waivers.append("- act: notice-waived\n  id: waiver-").append(d).append("\n  at: 2023-11-20T09:00:00-08:00\n")
          .append("  sources: [{assumption: \"a hypothetical written waiver\"}]\n  meeting: m-2023-11-17\n")
          .append("  by: ").append(d).append("\n  in_writing: true\n");
    }
    Files.writeString(dir.resolve("acts").resolve("2099-waivers.yaml"), waivers.toString());
    JsonNode motion = act(dir, tmp, "r-2023-11-17-altman");
    JsonNode notice = finding(motion.get("verdict"), "DE-notice");
    assertThat(notice.get("outcome").asText()).as(notice.toString()).isEqualTo("met");
    assertThat(notice.get("detail").asText()).contains("Greg Brockman").contains("waived in writing");
  }

  @Test
  void aLateWaiverByBrockmanAlone_liftsHisPartOfTheNoticeFinding(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    Files.writeString(dir.resolve("acts").resolve("2099-waiver.yaml"), """
        - act: notice-waived
          id: waiver-brockman
          at: 2023-11-20T09:00:00-08:00
          sources: [{assumption: "a hypothetical written waiver"}]
          meeting: m-2023-11-17
          by: greg-brockman
          in_writing: true
        """);
    JsonNode notice = finding(act(dir, tmp, "r-2023-11-17-altman").get("verdict"), "DE-notice");
    assertThat(notice.get("outcome").asText()).isNotEqualTo("not_met");
    assertThat(notice.get("detail").asText()).contains("Greg Brockman: notice 17 Nov 2023 12:19 PST by text; waived in writing");
  }

  @Test
  void state_recordedBeforeALateWaiver_showsTheVerdictAsTheRecordStoodThen(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    StringBuilder waivers = new StringBuilder();
    for (String d : List.of("greg-brockman", "sam-altman", "adam-dangelo", "helen-toner", "tasha-mccauley")) {
      waivers.append("- act: notice-waived\n  id: waiver-").append(d).append("\n  at: 2023-11-17T11:00:00-08:00\n")
          .append("  recorded: 2023-11-20T09:00:00-08:00\n")
          .append("  sources: [{assumption: \"a hypothetical written waiver, signed before the meeting\"}]\n")
          .append("  meeting: m-2023-11-17\n  by: ").append(d).append("\n  in_writing: true\n");
    }
    Files.writeString(dir.resolve("acts").resolve("2099-waivers.yaml"), waivers.toString());
    // As recorded on 18 Nov the waivers were not on record: the removal of the CEO is void, and the legal register
    // keeps Altman. As recorded now, the notice defect is waived and the legal register follows the removal.
    JsonNode then = state(dir, "2023-11-18T12:00:00-08:00", "--recorded-at", "2023-11-18T12:00:00-08:00");
    assertThat(office(inc(then, "legal"), "ceo").get("person").asText()).isEqualTo("sam-altman");
    JsonNode now = state(dir, "2023-11-18T12:00:00-08:00");
    assertThat(office(inc(now, "legal"), "ceo")).as("removed once the waivers are on record").isNull();
    assertThat(now.get("differences").toString()).doesNotContain("\"office ceo\"");
  }
}
