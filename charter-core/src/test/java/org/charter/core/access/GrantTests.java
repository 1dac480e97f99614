package org.charter.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.charter.core.act.ActMeta;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.VoteCast;
import org.charter.core.act.VoteChoice;
import org.charter.core.act.WrittenConsentSigned;
import org.junit.jupiter.api.Test;

/** What each role may record, and which grant a principal holds on a book. */
class GrantTests {
  private static final ActMeta META = ActMeta.of("a1", Instant.parse("2023-11-19T20:00:00Z"));
  private static final Grant TONER = new Grant("openai-2023", Role.DIRECTOR, "helen-toner");

  private static WrittenConsentSigned consent(String... signers) {
    return new WrittenConsentSigned(META, "openai-board", "r1", null, List.of(signers), null);
  }

  @Test
  void director_recordingAConsentSignedOnlyByThem_mayRecordIt() {
    assertThat(TONER.mayRecord(consent("helen-toner"))).isTrue();
  }

  @Test
  void director_recordingAConsentAlsoSignedByOthers_mayNot() {
    assertThat(TONER.mayRecord(consent("helen-toner", "adam-dangelo"))).isFalse();
  }

  @Test
  void director_recordingTheirOwnVoteOrWaiver_mayRecordItButNotAnotherDirectorsWaiver() {
    var vote = new MotionVoted(META, "m1", "r1", null, List.of(new VoteCast("helen-toner", VoteChoice.YES, null)), null,
        null);
    assertThat(TONER.mayRecord(vote)).isTrue();
    assertThat(TONER.mayRecord(new NoticeWaived(META, "m1", "helen-toner", true))).isTrue();
    assertThat(TONER.mayRecord(new NoticeWaived(META, "m1", "adam-dangelo", true))).isFalse();
  }

  @Test
  void director_recordingAnActThatCarriesNoSignature_mayNot() {
    assertThat(TONER.mayRecord(new DirectorRemoved(META, "openai-board", "sam-altman", "r1"))).isFalse();
  }

  @Test
  void viewerAndSecretary_recording_areRefusedAndAllowed() {
    var removal = new DirectorRemoved(META, "openai-board", "sam-altman", "r1");
    assertThat(new Grant("b", Role.VIEWER, null).mayRecord(consent("helen-toner"))).isFalse();
    assertThat(new Grant("b", Role.SECRETARY, null).mayRecord(removal)).isTrue();
    assertThat(new Grant("b", Role.ADMIN, null).mayRecord(removal)).isTrue();
  }

  @Test
  void directorGrant_withoutAPerson_isRefused() {
    assertThatThrownBy(() -> new Grant("b", Role.DIRECTOR, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void principal_onABook_takesTheStrongestGrantCoveringItAndNoneForOtherBooks() {
    var p = new Principal("p", List.of(new Grant("*", Role.VIEWER, null), new Grant("b", Role.SECRETARY, null)));
    assertThat(p.on("b").orElseThrow().role()).isEqualTo(Role.SECRETARY);
    assertThat(p.on("c").orElseThrow().role()).isEqualTo(Role.VIEWER);
    assertThat(new Principal("q", List.of(new Grant("b", Role.ADMIN, null))).on("c")).isEmpty();
  }

  @Test
  void principal_adminOfOneBook_isNotAdminOfAll() {
    assertThat(new Principal("q", List.of(new Grant("b", Role.ADMIN, null))).isAdminOfAll()).isFalse();
    assertThat(new Principal("r", List.of(new Grant("*", Role.ADMIN, null))).isAdminOfAll()).isTrue();
  }
}
