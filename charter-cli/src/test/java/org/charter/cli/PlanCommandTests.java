package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charter plan} for the removal of Sam Altman as CEO and director at noon on 17 Nov 2023, planned as of 9 p.m.
 * the night before (the meeting was called that Thursday night, seed 001), under each of the OpenAI hypotheses.
 */
class PlanCommandTests {
  private static final String DIR = Cli.OPENAI.toString();
  private static final String ACT = Cli.OPENAI.resolve("plans/remove-altman.yaml").toString();
  private static final String BY = "2023-11-16T21:00:00-08:00";
  @TempDir Path tmp;

  private static JsonNode plan(JsonNode root, String hypothesis) {
    for (JsonNode p : root.get("plans")) {
      if (p.get("hypothesis").asText().equals(hypothesis)) {
        return p;
      }
    }
    throw new AssertionError("no plan under " + hypothesis);
  }

  private static List<String> members(JsonNode coalition) {
    List<String> out = new ArrayList<>();
    coalition.get("members").forEach(m -> out.add(m.get("id").asText()));
    return out;
  }

  @Test
  void typicalDelaware_noticeWasAlreadyDue_soOnlyTheWholeBoardCouldMeetAtNoon() {
    Cli r = Cli.run("plan", DIR, "--act", ACT, "--by", BY, "--hypotheses", "typical-delaware");
    // Under typical terms no set carries the removal: the board's size, and whether OpenAI, Inc. has members, are not
    // on record, so the best any set gets is undetermined.
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    String out = r.out();
    assertThat(out).contains("A special meeting at 2023-11-17 12:00 PST; call and notice by 2023-11-16 12:00 PST:"
        + " ALREADY PAST")
        .contains("only a director's waiver stands in for it")
        .contains("8 Del. C. § 229")
        .contains("A special meeting at 2023-11-17 21:00 PST; call and notice by 2023-11-16 21:00 PST")
        .contains("the earliest special meeting notice given at the plan's moment allows")
        .contains("by any method by 2023-11-16 12:00 PST (24 hours before")
        .contains("A written consent at 2023-11-17 12:00 PST")
        .contains("DE-141b-quorum unknown")
        .contains("turns on DE-141b-quorum, DE-nonstock-114");
  }

  @Test
  void json_givesTheMinimalCoalitionsUnderEachHypothesis() {
    Cli r = Cli.run("plan", DIR, "--act", ACT, "--by", BY, "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode root = r.json();
    assertThat(root.get("plans")).hasSize(4);
    assertThat(root.at("/plans/0/hypothesis").asText()).isEqualTo("typical-delaware");

    JsonNode typical = plan(root, "typical-delaware");
    assertThat(typical.get("directors")).hasSize(6);
    JsonNode noon = typical.at("/routes/0");
    assertThat(noon.get("way").asText()).isEqualTo("meeting");
    assertThat(noon.get("late").asBoolean()).isTrue();
    assertThat(noon.get("act_by").asText()).isEqualTo("2023-11-16T12:00-08:00");
    assertThat(noon.get("carry")).isEmpty();
    // At noon only all six together: every other director would have needed notice by noon the day before.
    assertThat(noon.get("may_carry")).hasSize(1);
    assertThat(members(noon.at("/may_carry/0"))).hasSize(6);
    JsonNode evening = typical.at("/routes/1");
    assertThat(evening.get("at").asText()).isEqualTo("2023-11-17T21:00-08:00");
    // Any four of the six: a majority of those present if all attend, and a quorum if the board has at most 7 seats.
    assertThat(evening.get("may_carry")).hasSize(15);
    evening.get("may_carry").forEach(c -> assertThat(members(c)).hasSize(4));
    assertThat(evening.at("/may_carry/0/turns_on/0/rule").asText()).isEqualTo("DE-141b-quorum");
    assertThat(evening.at("/may_carry/0/turns_on/0/detail").asText()).contains("met if the board has at most 7 seats");
    assertThat(evening.at("/notice/0/deadlines/0/latest").asText()).isEqualTo("2023-11-16T21:00-08:00");
    assertThat(evening.at("/call/rule/rule").asText()).isEqualTo("DE-notice-call");

    // The directors acting as members by a majority's consent (§§ 114, 228): any four of the six sign, and it is valid.
    JsonNode members = plan(root, "as-reported-2023-members");
    JsonNode consent = members.at("/routes/" + (members.get("routes").size() - 1));
    assertThat(consent.get("way").asText()).isEqualTo("consent");
    assertThat(consent.get("carry")).hasSize(15);
    consent.get("carry").forEach(c -> {
      assertThat(members(c)).hasSize(4);
      assertThat(c.get("status").asText()).isEqualTo("valid");
    });
    // The question left open: a majority's consent is undetermined, turning on § 141(f).
    JsonNode open = plan(root, "as-reported-2023");
    JsonNode openConsent = open.at("/routes/" + (open.get("routes").size() - 1));
    assertThat(openConsent.get("carry")).isEmpty();
    assertThat(openConsent.at("/may_carry/0/turns_on/0/rule").asText()).isEqualTo("DE-141f-consent");
    assertThat(openConsent.get("may_carry")).hasSize(15);
  }

  @Test
  void apple_californiaNoticeByMethod_mailAlreadyPast_personalStillOpen() {
    Path apple = Cli.OPENAI.resolveSibling("apple-1985");
    Cli r = Cli.run("plan", apple.toString(), "--act", apple.resolve("plans/remove-jobs-evp.yaml").toString(),
        "--by", "1985-05-28T09:00", "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    JsonNode meeting = r.json().at("/plans/0/routes/0");
    assertThat(r.json().at("/plans/0/profile").asText()).isEqualTo("california-stock");
    assertThat(meeting.get("act_by").asText()).isEqualTo("1985-05-29T12:00-07:00");
    assertThat(meeting.get("late").asBoolean()).isFalse();
    JsonNode mail = null;
    JsonNode inPerson = null;
    for (JsonNode d : meeting.at("/notice/0/deadlines")) {
      mail = d.get("method").asText().equals("mail") ? d : mail;
      inPerson = d.get("method").asText().equals("in-person") ? d : inPerson;
    }
    assertThat(mail.get("latest").asText()).isEqualTo("1985-05-27T12:00-07:00");
    assertThat(mail.get("passed").asBoolean()).isTrue();
    assertThat(inPerson.get("latest").asText()).isEqualTo("1985-05-29T12:00-07:00");
    assertThat(inPerson.get("passed").asBoolean()).isFalse();
    assertThat(meeting.at("/call/rule/citation").asText()).contains("Cal. Corp. Code § 307(a)(1)");
    assertThat(members(meeting.at("/may_carry/0"))).containsExactlyInAnyOrder("mike-markkula", "steve-jobs");
    assertThat(meeting.at("/may_carry/0/turns_on/0/rule").asText()).isEqualTo("CA-307a7-quorum");
  }

  @Test
  void badInput_exitsTwoNamingTheProblem() throws Exception {
    Cli missing = Cli.run("plan", DIR, "--act", tmp.resolve("none.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--act: no file at");

    Cli late = Cli.run("plan", DIR, "--act", ACT, "--by", "2023-11-18T00:00:00-08:00");
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("is after the acts' time");

    Path notice = tmp.resolve("notice.yaml");
    Files.writeString(notice, """
        - act: notice-given
          id: plan-notice
          at: 2023-11-17T12:00:00-08:00
          sources:
            - assumption: "a test"
          meeting: m-2023-11-17
          to: sam-altman
          method: email
        """);
    Cli wrong = Cli.run("plan", DIR, "--act", notice.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("plan-notice").contains("not one a board takes under a resolution");

    Cli unknown = Cli.run("plan", DIR, "--act", ACT, "--hypotheses", "wishful");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no hypothesis wishful");
  }
}
